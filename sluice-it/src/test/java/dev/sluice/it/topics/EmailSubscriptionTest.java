package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;

/**
 * E-mail subscriptions through a real SMTP server (GreenMail): the confirmation e-mail and its
 * link, notifications with the subject, the topic's display name and the unsubscribe footer, the
 * JSON envelope for email-json, and the unsubscribe link.
 */
class EmailSubscriptionTest {
  private static final int SMTP_PORT = freePort();
  private static final GreenMail SMTP =
      new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @RegisterExtension
  static final SluiceExtension SLUICE =
      SluiceExtension.withConfig(c -> c.withSmtp(URI.create("smtp://127.0.0.1:" + SMTP_PORT)));

  static SnsClient sns;

  @BeforeAll
  static void start() {
    SMTP.start();
    sns = SnsClients.sns(SLUICE.endpoint());
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @Test
  void anEmailSubscriberConfirmsByLinkGetsNotificationsAndUnsubscribesByLink() throws Exception {
    var topic =
        sns.createTopic(b -> b.name("newsletter").attributes(Map.of("DisplayName", "News")))
            .topicArn();
    var subscribed =
        sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("ann@example.com"));
    assertThat(subscribed.subscriptionArn()).isEqualTo("pending confirmation");

    var confirmation = awaitMail("ann@example.com", "AWS Notification - Subscription Confirmation");
    var text = text(confirmation);
    assertThat(text).contains(topic);
    var page = MailTopics.get(MailTopics.link(text, "confirmation.html"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("Subscription confirmed!");

    var subscription = subscriptionOf(topic, "ann@example.com");
    assertThat(subscription.subscriptionArn()).startsWith(topic + ":");
    assertThat(page.body()).contains(subscription.subscriptionArn());
    assertThat(MailTopics.get(MailTopics.link(text, "confirmation.html")).statusCode())
        .as("opening the link again")
        .isEqualTo(200);
    sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("bob@example.com"));
    var bobs = awaitMail("bob@example.com", "AWS Notification - Subscription Confirmation");
    MailTopics.get(MailTopics.link(text(bobs), "confirmation.html"));

    sns.publish(b -> b.topicArn(topic).subject("Weekly digest").message("Hello, Ann."));
    var notification = awaitMail("ann@example.com", "Weekly digest");
    var body = text(notification);
    assertThat(body).contains("Hello, Ann.");
    var unsubscribe = MailTopics.link(body, "unsubscribe.html");
    assertThat(((InternetAddress) notification.getFrom()[0]).getPersonal()).isEqualTo("News");

    assertThat(URLDecoder.decode(unsubscribe, StandardCharsets.UTF_8))
        .contains(subscription.subscriptionArn());

    var left = MailTopics.get(unsubscribe);
    assertThat(left.statusCode()).isEqualTo(200);
    assertThat(left.body()).contains("Unsubscribed").contains(subscription.subscriptionArn());
    assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
        .extracting(Subscription::endpoint)
        .containsExactly("bob@example.com");
    sns.publish(b -> b.topicArn(topic).subject("Later").message("Only Bob."));
    awaitMail("bob@example.com", "Later");
    assertThat(received("ann@example.com", "Later")).isEmpty();
  }

  @Test
  void nonAsciiMessagesNamesAndLongLinesArriveIntact() throws Exception {
    var topic =
        sns.createTopic(b -> b.name("intl").attributes(Map.of("DisplayName", "Büro ☕"))).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("carol@example.com"));
    var confirmation =
        awaitMail("carol@example.com", "AWS Notification - Subscription Confirmation");
    MailTopics.get(MailTopics.link(text(confirmation), "confirmation.html"));

    var message = "Grüße aus Köln – " + "x".repeat(1200) + "\nZweite Zeile: naïve café.";
    sns.publish(b -> b.topicArn(topic).subject("Monthly overview").message(message));
    var notification = awaitMail("carol@example.com", "Monthly overview");
    assertThat(text(notification).replace("\r\n", "\n")).startsWith(message + "\n");
    assertThat(((InternetAddress) notification.getFrom()[0]).getPersonal()).isEqualTo("Büro ☕");
  }

  @Test
  void aConfirmationLinkWithAWrongTokenConfirmsNothing() throws Exception {
    var topic = sns.createTopic(b -> b.name("guarded")).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("dan@example.com"));
    var confirmation = awaitMail("dan@example.com", "AWS Notification - Subscription Confirmation");
    var link = MailTopics.link(text(confirmation), "confirmation.html");

    var page = MailTopics.get(link.replaceAll("Token=[^&]+", "Token=0123abcd"));
    assertThat(page.statusCode()).isBetween(400, 499);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(subscriptionOf(topic, "dan@example.com").subscriptionArn())
        .isEqualTo("PendingConfirmation");
  }

  @Test
  void anEmailJsonSubscriberGetsTheJsonEnvelope() throws Exception {
    var topic = sns.createTopic(b -> b.name("machine-mail")).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("email-json").endpoint("bot@example.com"));
    var confirmation = awaitMail("bot@example.com", "AWS Notification - Subscription Confirmation");
    var envelope = new ObjectMapper().readTree(text(confirmation).strip());
    assertThat(envelope.path("Type").asText()).isEqualTo("SubscriptionConfirmation");
    sns.confirmSubscription(b -> b.topicArn(topic).token(envelope.path("Token").asText()));

    var messageId =
        sns.publish(b -> b.topicArn(topic).subject("Build").message("{\"ok\":true}")).messageId();
    var notification = awaitMail("bot@example.com", "Build");
    var json = new ObjectMapper().readTree(text(notification).strip());
    assertThat(json.path("Type").asText()).isEqualTo("Notification");
    assertThat(json.path("MessageId").asText()).isEqualTo(messageId);
    assertThat(json.path("TopicArn").asText()).isEqualTo(topic);
    assertThat(json.path("Subject").asText()).isEqualTo("Build");
    assertThat(json.path("Message").asText()).isEqualTo("{\"ok\":true}");
    assertThat(json.path("UnsubscribeURL").asText()).isNotBlank();
  }

  /** The decoded text of a single-part message. */
  private static String text(MimeMessage message) throws Exception {
    return (String) message.getContent();
  }

  private static Subscription subscriptionOf(String topic, String address) {
    return sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions().stream()
        .filter(s -> s.endpoint().equals(address))
        .findFirst()
        .orElseThrow();
  }

  private static MimeMessage awaitMail(String to, String subject) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> received(to, subject), list -> !list.isEmpty())
        .get(0);
  }

  private static List<MimeMessage> received(String to, String subject) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject())
                    && m.getAllRecipients()[0].toString().equals(to);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
