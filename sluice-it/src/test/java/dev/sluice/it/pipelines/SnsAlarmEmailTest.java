package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * SnsAlarm actions: {@code onSuccess} and {@code onFail} publish to an SNS topic whose e-mail
 * subscriber gets them through a real SMTP server (GreenMail), with subject and message evaluated
 * for the instance as {@code node} ({@code #{node.@status}}, {@code #{node.errorMessage}}, ...).
 */
class SnsAlarmEmailTest {
  private static final int SMTP_PORT = freePort();
  private static final GreenMail SMTP =
      new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final Pattern TOKEN = Pattern.compile("Token=([^&\\s]+)");
  private static final String OPS = "ops@example.com";

  @RegisterExtension
  static final SluiceExtension SLUICE =
      SluiceExtension.withConfig(c -> c.withSmtp(URI.create("smtp://127.0.0.1:" + SMTP_PORT)));

  static Pipelines pipelines;
  static SnsClient sns;
  static String topic;

  @BeforeAll
  static void subscribe() throws Exception {
    SMTP.start();
    pipelines = new Pipelines(SLUICE.endpoint());
    sns = SnsClients.sns(SLUICE.endpoint());
    topic = sns.createTopic(b -> b.name("pipeline-alerts")).topicArn();
    sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint(OPS));
    var confirmation = awaitMail("AWS Notification - Subscription Confirmation");
    var token = TOKEN.matcher((String) confirmation.getContent());
    assertThat(token.find()).isTrue();
    var decoded = URLDecoder.decode(token.group(1), StandardCharsets.UTF_8);
    sns.confirmSubscription(b -> b.topicArn(topic).token(decoded));
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @Test
  void onSuccessMailsTheRenderedSubjectAndMessage() throws Exception {
    var id =
        pipelines.run(
            "alarmed",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Done", "SnsAlarm")
                .with("topicArn", topic)
                .with("subject", "Nightly load #{node.@status}")
                .with(
                    "message",
                    "Pipeline #{node.@pipelineId} run of #{node.@scheduledStartTime} is"
                        + " #{node.@status}."),
            Component.shell("Load", "true", "Machine").ref("onSuccess", "Done"));

    var mail = awaitMail("Nightly load FINISHED");

    var instance = pipelines.instance(id, "Load");
    var scheduled = pipelines.field(id, instance, "@scheduledStartTime");
    assertThat(((String) mail.getContent()).strip())
        .startsWith("Pipeline " + id + " run of " + scheduled + " is FINISHED.");
  }

  @Test
  void onFailMailsTheErrorAndOnSuccessStaysSilent() throws Exception {
    var id =
        pipelines.run(
            "failing-alarmed",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Failed", "SnsAlarm")
                .with("topicArn", topic)
                .with("subject", "Export #{node.@status}")
                .with("message", "Error: #{node.errorMessage}"),
            Component.of("Succeeded", "SnsAlarm")
                .with("topicArn", topic)
                .with("subject", "Export succeeded")
                .with("message", "never sent"),
            Component.shell("Export", "exit 4", "Machine")
                .with("maximumRetries", "0")
                .ref("onFail", "Failed")
                .ref("onSuccess", "Succeeded"));

    var mail = awaitMail("Export FAILED");

    assertThat(((String) mail.getContent()).strip())
        .startsWith("Error: Command failed with exit code 4");
    pipelines.awaitState(id, "FINISHED");
    assertThat(received("Export succeeded")).isEmpty();
  }

  private static MimeMessage awaitMail(String subject) {
    return await()
        .atMost(Pipelines.PATIENCE)
        .until(() -> received(subject), list -> !list.isEmpty())
        .get(0);
  }

  private static List<MimeMessage> received(String subject) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject())
                    && m.getAllRecipients()[0].toString().equals(OPS);
              } catch (MessagingException e) {
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
