package dev.sluice.server.internal.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** One SMTP connection: sends commands and reads (multi-line) replies. */
final class SmtpSession implements AutoCloseable {
  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;

  SmtpSession(Socket socket) throws IOException {
    this.socket = socket;
    this.in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    this.out = socket.getOutputStream();
  }

  /** Sends one command line (without its CRLF) and reads the reply. */
  SmtpReply command(String line) throws IOException {
    write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    return reply();
  }

  /** Sends raw bytes (the message's data) and reads the reply. */
  SmtpReply data(byte[] bytes) throws IOException {
    write(bytes);
    return reply();
  }

  SmtpReply reply() throws IOException {
    var lines = new ArrayList<String>();
    while (true) {
      var line = in.readLine();
      if (line == null) {
        throw new IOException("the SMTP server closed the connection");
      }
      if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)) {
        throw new IOException("the SMTP server answered '" + line + "'");
      }
      lines.add(line.length() > 4 ? line.substring(4) : "");
      if (line.length() == 3 || line.charAt(3) != '-') {
        return new SmtpReply(Integer.parseInt(line.substring(0, 3)), lines);
      }
    }
  }

  private void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
