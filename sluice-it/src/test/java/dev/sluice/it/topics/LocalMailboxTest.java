package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.SluiceCli;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without SMTP, SNS's e-mails land in the local mailbox ({@code <data-dir>/mail}): listed by {@code
 * GET /_sluice/mail}, readable by id, and printed by {@code sluice mail}.
 */
class LocalMailboxTest {
  @RegisterExtension static final SluiceExtension SLUICE = new SluiceExtension();

  @Test
  void theConfirmationEmailLandsInTheLocalMailbox() throws Exception {
    var endpoint = SLUICE.endpoint();
    var sns = SnsClients.sns(endpoint);
    var topic = sns.createTopic(b -> b.name("local-mail")).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("dev@example.com"));

    var entry =
        await().atMost(Duration.ofSeconds(30)).until(LocalMailboxTest::firstListed, e -> e != null);
    assertThat(entry.path("to").asText()).contains("dev@example.com");
    assertThat(entry.path("subject").asText())
        .isEqualTo("AWS Notification - Subscription Confirmation");
    var id = entry.path("id").asText();

    try (var files = Files.list(SLUICE.sluice().dataDir().resolve("mail"))) {
      assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".eml"));
    }

    var message = MailTopics.get(endpoint.resolve("/_sluice/mail/" + id).toString());
    assertThat(message.statusCode()).isEqualTo(200);
    assertThat(message.body()).contains("Subject: AWS Notification - Subscription Confirmation");
    assertThat(message.body()).contains(topic).contains("/_sluice/sns/confirmation.html");

    var listed = SluiceCli.run("mail", "--endpoint", endpoint.toString());
    assertThat(listed.exitCode()).as(listed.output()).isZero();
    assertThat(listed.output()).contains(id).contains("dev@example.com");

    var printed = SluiceCli.run("mail", id, "--endpoint", endpoint.toString());
    assertThat(printed.exitCode()).as(printed.output()).isZero();
    assertThat(printed.output()).contains(topic).contains("confirmation.html");

    var confirmed = MailTopics.get(MailTopics.link(message.body(), "confirmation.html"));
    assertThat(confirmed.body()).contains("Subscription confirmed!");
    sns.publish(b -> b.topicArn(topic).subject("Local news").message("In the mailbox."));
    var notification =
        await().atMost(Duration.ofSeconds(30)).until(() -> listed("Local news"), e -> e != null);
    var text =
        MailTopics.get(
                endpoint.resolve("/_sluice/mail/" + notification.path("id").asText()).toString())
            .body();
    assertThat(text).contains("In the mailbox.").contains("/_sluice/sns/unsubscribe.html");
  }

  private static JsonNode firstListed() throws Exception {
    var list = mailbox();
    return list.isEmpty() ? null : list.get(0);
  }

  private static JsonNode listed(String subject) throws Exception {
    for (var entry : mailbox()) {
      if (entry.path("subject").asText().equals(subject)) {
        return entry;
      }
    }
    return null;
  }

  private static JsonNode mailbox() throws Exception {
    return new ObjectMapper()
        .readTree(MailTopics.get(SLUICE.endpoint().resolve("/_sluice/mail").toString()).body());
  }
}
