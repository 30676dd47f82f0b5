package dev.sluice.server.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MailMessage;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SmtpMailTransport} against GreenMail, a real SMTP server in this process. */
class SmtpMailTransportTest {
  private static final Instant SENT = Instant.parse("2026-11-21T07:30:00Z");

  private GreenMail server;
  private SmtpMailTransport transport;

  @BeforeEach
  void start() {
    server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    transport =
        new SmtpMailTransport(
            "127.0.0.1", server.getSmtp().getPort(), Duration.ofSeconds(5), () -> SENT);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static MailMessage mail(String fromName, String subject, String body, String id) {
    return new MailMessage(fromName, "no-reply@sns.test", "alice@example.com", subject, body, id);
  }

  private MimeMessage onlyReceived() {
    var received = server.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  /**
   * The body as received, with LF line ends and the line end the message always ends with
   * (GreenMail counts the CRLF before the closing dot as part of the terminator).
   */
  private static String body(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n") + "\n";
  }

  @Test
  void sendsTheHeadersOfThePlainTextMessage() throws Exception {
    var result = transport.send(mail("My Topic", "Hello", "Hi there.\n", "m-1"));

    assertThat(result).isEqualTo(Result.ok(null));
    var message = onlyReceived();
    var from = (InternetAddress) message.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("no-reply@sns.test");
    assertThat(from.getPersonal()).isEqualTo("My Topic");
    assertThat(message.getHeader("To")).containsExactly("alice@example.com");
    assertThat(message.getSubject()).isEqualTo("Hello");
    assertThat(message.getSentDate().toInstant()).isEqualTo(SENT);
    assertThat(message.getHeader("Date")).containsExactly("Sat, 21 Nov 2026 07:30:00 +0000");
    assertThat(message.getMessageID()).isEqualTo("<m-1@sns.sluice.local>");
    assertThat(message.getHeader("MIME-Version")).containsExactly("1.0");
    assertThat(message.getContentType()).isEqualTo("text/plain; charset=UTF-8");
    assertThat(body(message)).isEqualTo("Hi there.\n");
  }

  @Test
  void encodesAUtf8DisplayNameSubjectAndBody() throws Exception {
    var subject = "Grüße aus Köln: ✓ 日本語のお知らせ, und noch viel mehr Text dazu — 🎉";
    var body = "Ünïcødé body ✓\n🎉 second line\n";

    transport.send(mail("Café Topic", subject, body, "m-2"));

    var message = onlyReceived();
    assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Café Topic");
    assertThat(message.getSubject()).isEqualTo(subject);
    assertThat(body(message)).isEqualTo(body);
    var raw = GreenMailUtil.getWholeMessage(message);
    assertThat(raw.lines()).allMatch(line -> line.length() <= 998);
    assertThat(raw).contains("Subject: =?UTF-8?B?");
  }

  @Test
  void keepsLinesThatStartWithADot() throws Exception {
    var body = ".\n..two dots\n.hidden\nend\n.";

    transport.send(mail(null, "dots", body, "m-3"));

    assertThat(body(onlyReceived())).isEqualTo(".\n..two dots\n.hidden\nend\n.\n");
  }

  @Test
  void sendsALineLongerThanSmtpAllowsAsQuotedPrintable() throws Exception {
    var body = "é".repeat(1500) + " =end\n";

    transport.send(mail(null, "long", body, "m-4"));

    var message = onlyReceived();
    assertThat(message.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
    assertThat(body(message)).isEqualTo(body);
  }

  @Test
  void sendsSeveralMessagesOneAfterAnother() throws Exception {
    for (int i = 1; i <= 3; i++) {
      assertThat(transport.send(mail(null, "message " + i, "body " + i, "id-" + i)).isOk())
          .isTrue();
    }

    var subjects =
        Arrays.stream(server.getReceivedMessages()).map(SmtpMailTransportTest::subject).toList();
    assertThat(subjects).containsExactly("message 1", "message 2", "message 3");
  }

  @Test
  void aRefusedRecipientIsAPermanentFailure() {
    var recipient = "x".repeat(5000) + "@example.com";
    var refused = new MailMessage(null, "no-reply@sns.test", recipient, "s", "b", "m-5");

    var result = transport.send(refused);

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("SmtpRejected");
    assertThat(result.failure().message()).contains("refused RCPT TO: 500");
    assertThat(result.failure().details()).containsEntry("retriable", "false");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnreachableServerIsARetriableFailure() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    var nowhere = new SmtpMailTransport("127.0.0.1", port, Duration.ofSeconds(2), () -> SENT);

    var result = nowhere.send(mail(null, "s", "b", "m-6"));

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("SmtpUnavailable");
    assertThat(result.failure().details()).containsEntry("retriable", "true");
  }

  @Test
  void refusesARecipientThatCouldInjectACommand() {
    var result =
        transport.send(
            new MailMessage(null, "a@b.test", "x@y.test>\r\nRCPT TO:<z@y.test", "s", "b", "m"));

    assertThat(result.failure().code()).isEqualTo("InvalidParameter");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
