package dev.sluice.server.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.topics.MailMessage;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.TestSluice;
import dev.sluice.server.internal.mail.MailTransports;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /_sluice/mail} of a running Sluice lists and reads the mailbox in its data directory. */
class MailRouteTest {
  @TempDir Path dataDir;
  private RunningSluice sluice;
  private HttpClient client;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-21T07:30:00Z"));

  @BeforeEach
  void start() {
    sluice = TestSluice.start(dataDir);
    client = HttpClient.newHttpClient();
  }

  @AfterEach
  void stop() {
    client.close();
    sluice.close();
  }

  private void send(String subject, String id) {
    var mailbox = MailTransports.mailbox(dataDir, now::get);
    var message =
        new MailMessage("Orders", "no-reply@sns.test", "carol@example.com", subject, "Body", id);
    assertThat(mailbox.send(message).isOk()).isTrue();
    now.set(now.get().plusSeconds(1));
  }

  @Test
  void listsTheMessagesNewestLast() throws Exception {
    send("Öffnen ✓", "b");
    send("second", "a");

    var response = HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/mail"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    var list = new ObjectMapper().readTree(response.body());
    assertThat(list).hasSize(2);
    assertThat(list.get(0).path("id").asText()).isEqualTo("20261121T073000.000000000Z-b");
    assertThat(list.get(0).path("subject").asText()).isEqualTo("Öffnen ✓");
    assertThat(list.get(0).path("from").asText()).isEqualTo("\"Orders\" <no-reply@sns.test>");
    assertThat(list.get(0).path("to").asText()).isEqualTo("carol@example.com");
    assertThat(list.get(0).path("date").asText()).isEqualTo("Sat, 21 Nov 2026 07:30:00 +0000");
    assertThat(list.get(1).path("subject").asText()).isEqualTo("second");
  }

  @Test
  void anEmptyMailboxIsAnEmptyList() throws Exception {
    var response = HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/mail"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void answersOneMessageAsItsRawText() throws Exception {
    send("raw", "r1");

    var response =
        HealthRouteTest.get(
            client, sluice.endpoint().resolve("/_sluice/mail/20261121T073000.000000000Z-r1"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(response.body())
        .startsWith("From: \"Orders\" <no-reply@sns.test>\r\n")
        .contains("\r\nSubject: raw\r\n")
        .endsWith("\r\n\r\nBody\r\n");
  }

  @Test
  void anUnknownMessageIsNotFound() throws Exception {
    var response = HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/mail/nothing"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("No message nothing in the mailbox");
  }
}
