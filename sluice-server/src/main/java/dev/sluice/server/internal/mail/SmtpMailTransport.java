package dev.sluice.server.internal.mail;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MailMessage;
import dev.sluice.core.topics.MailTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Sends each message over a new plain SMTP connection (RFC 5321): EHLO (HELO when refused), MAIL
 * FROM, RCPT TO, DATA, QUIT. A 4xx reply or a connection that fails is a retriable failure, a 5xx
 * reply a permanent one (both {@code Err}; the failure's detail {@code retriable} says which).
 * Neither STARTTLS nor AUTH is spoken: it is meant for local test servers.
 */
public final class SmtpMailTransport implements MailTransport {
  static final String CLIENT_NAME = "sluice.local";

  private final String host;
  private final int port;
  private final Duration timeout;
  private final Supplier<Instant> clock;

  public SmtpMailTransport(String host, int port, Duration timeout, Supplier<Instant> clock) {
    this.host = host;
    this.port = port;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public Result<Void> send(MailMessage message) {
    var refused = MailAddresses.check(message);
    if (refused != null) {
      return Result.err(refused);
    }
    try (var session = new SmtpSession(connect())) {
      return converse(session, message);
    } catch (IOException e) {
      return Result.err(
          failure(
              "SmtpUnavailable",
              "Could not send mail through " + host + ":" + port + ": " + e.getMessage(),
              true));
    }
  }

  private Socket connect() throws IOException {
    var socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private Result<Void> converse(SmtpSession session, MailMessage message) throws IOException {
    var greeting = session.reply();
    if (greeting.code() != 220) {
      return refused("the connection", greeting);
    }
    var hello = session.command("EHLO " + CLIENT_NAME);
    boolean eightBit = hello.code() == 250 && advertises(hello, "8BITMIME");
    if (hello.code() != 250) {
      hello = session.command("HELO " + CLIENT_NAME);
    }
    if (hello.code() != 250) {
      return refused("HELO", hello);
    }
    var mailFrom = "MAIL FROM:<" + message.fromAddress() + ">" + (eightBit ? " BODY=8BITMIME" : "");
    for (var command : List.of(mailFrom, "RCPT TO:<" + message.to() + ">")) {
      var reply = session.command(command);
      if (!reply.isPositive()) {
        return refused(command.substring(0, command.indexOf(':')), reply);
      }
    }
    var data = session.command("DATA");
    if (data.code() != 354) {
      return refused("DATA", data);
    }
    var sent = session.data(dotStuffed(MessageText.render(message, clock.get(), eightBit)));
    if (!sent.isPositive()) {
      return refused("the message", sent);
    }
    quit(session);
    return Result.ok(null);
  }

  private static boolean advertises(SmtpReply hello, String extension) {
    return hello.lines().stream()
        .anyMatch(line -> line.toUpperCase(Locale.ROOT).startsWith(extension));
  }

  private static void quit(SmtpSession session) {
    try {
      session.command("QUIT");
    } catch (IOException sentAnyway) {
      // the message was accepted; a QUIT that fails changes nothing
    }
  }

  /** The message's data: lines starting with a dot get another, then the closing {@code .}. */
  static byte[] dotStuffed(String crlfText) {
    var out = new ByteArrayOutputStream();
    var lines = crlfText.split("\r\n", -1);
    // the text ends with CRLF, so the last element is the empty rest after it
    for (var line : java.util.Arrays.copyOf(lines, lines.length - 1)) {
      var stuffed = line.startsWith(".") ? "." + line : line;
      out.writeBytes((stuffed + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(".\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private Result<Void> refused(String step, SmtpReply reply) {
    var retriable = reply.isTransient();
    return Result.err(
        failure(
            retriable ? "SmtpTransientFailure" : "SmtpRejected",
            "The SMTP server at " + host + ":" + port + " refused " + step + ": " + reply.text(),
            retriable));
  }

  private static Failure failure(String code, String message, boolean retriable) {
    return Failure.of(code, retriable ? 503 : 400, message)
        .with("retriable", String.valueOf(retriable));
  }
}
