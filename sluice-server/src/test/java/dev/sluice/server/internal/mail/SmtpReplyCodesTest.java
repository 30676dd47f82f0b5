package dev.sluice.server.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.MailMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Replies GreenMail never gives: a server that answers each command from a script (a 4xx, an EHLO
 * it does not know, a server that never answers).
 */
class SmtpReplyCodesTest {
  private static final MailMessage MAIL =
      new MailMessage(null, "a@b.test", "c@d.test", "s", "body", "id");

  /** Serves one connection: greets, then answers each command by its verb; the commands seen. */
  private static CompletableFuture<List<String>> serve(
      ServerSocket socket, Map<String, String> replies) {
    return CompletableFuture.supplyAsync(
        () -> {
          var seen = new ArrayList<String>();
          try (var connection = socket.accept();
              var in =
                  new BufferedReader(
                      new InputStreamReader(
                          connection.getInputStream(), StandardCharsets.US_ASCII));
              var out = new PrintWriter(connection.getOutputStream(), true)) {
            out.print("220 scripted\r\n");
            out.flush();
            String line;
            boolean inData = false;
            while ((line = in.readLine()) != null) {
              if (inData) {
                if (line.equals(".")) {
                  inData = false;
                  out.print("250 queued\r\n");
                  out.flush();
                }
                continue;
              }
              seen.add(line);
              var verb = line.split("[ :]")[0];
              var reply = replies.getOrDefault(verb, "250 ok");
              inData = verb.equals("DATA") && reply.startsWith("354");
              out.print(reply + "\r\n");
              out.flush();
              if (verb.equals("QUIT")) {
                break;
              }
            }
          } catch (java.io.IOException e) {
            seen.add("error: " + e);
          }
          return seen;
        });
  }

  private static SmtpMailTransport transport(ServerSocket socket, Duration timeout) {
    return new SmtpMailTransport("127.0.0.1", socket.getLocalPort(), timeout, Instant::now);
  }

  @Test
  void aTransientReplyIsARetriableFailure() throws Exception {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      serve(socket, Map.of("RCPT", "451 4.7.1 try again later"));

      var result = transport(socket, Duration.ofSeconds(5)).send(MAIL);

      assertThat(result.failure().code()).isEqualTo("SmtpTransientFailure");
      assertThat(result.failure().message()).contains("451 4.7.1 try again later");
      assertThat(result.failure().details()).containsEntry("retriable", "true");
    }
  }

  @Test
  void fallsBackToHeloWhenEhloIsUnknown() throws Exception {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var seen = serve(socket, Map.of("EHLO", "502 command not implemented", "DATA", "354 go"));

      var result = transport(socket, Duration.ofSeconds(5)).send(MAIL);

      assertThat(result.isOk()).isTrue();
      assertThat(seen.get())
          .containsExactly(
              "EHLO sluice.local",
              "HELO sluice.local",
              "MAIL FROM:<a@b.test>",
              "RCPT TO:<c@d.test>",
              "DATA",
              "QUIT");
    }
  }

  @Test
  void aServerThatNeverAnswersTimesOutAsARetriableFailure() throws Exception {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      long started = System.nanoTime();

      var result = transport(socket, Duration.ofMillis(300)).send(MAIL);

      assertThat(result.failure().code()).isEqualTo("SmtpUnavailable");
      assertThat(result.failure().details()).containsEntry("retriable", "true");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }
}
