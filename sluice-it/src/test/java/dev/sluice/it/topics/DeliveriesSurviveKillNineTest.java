package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.ServerProcess;
import dev.sluice.it.support.SluiceCli;
import dev.sluice.it.support.SnsClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishes acknowledged while their http subscriber is down survive Sluice being killed with
 * SIGKILL: after the restart on the same data directory, with the subscriber back on its port,
 * every message arrives.
 */
class DeliveriesSurviveKillNineTest {
  private static final int MESSAGES = 5;

  @Test
  void acknowledgedPublishesAreDeliveredAfterAKillAndARestart(@TempDir Path dir) throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    List<String> published = new ArrayList<>();
    int port;
    try (var server = ServerProcess.start(data, log)) {
      var sns = SnsClients.sns(server.endpoint());
      var topic = sns.createTopic(b -> b.name("durable")).topicArn();
      try (var hook = Webhook.start(0)) {
        port = hook.port();
        sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hook.url()));
        var token =
            await().atMost(Duration.ofSeconds(30)).until(hook::confirmationToken, t -> t != null);
        sns.confirmSubscription(b -> b.topicArn(topic).token(token));
      }
      for (int i = 0; i < MESSAGES; i++) {
        var message = "message " + i;
        published.add(sns.publish(b -> b.topicArn(topic).message(message)).messageId());
      }
      server.kill();
    }

    try (var server = ServerProcess.start(data, log);
        var hook = Webhook.start(port)) {
      var advanced =
          SluiceCli.run("time", "advance", "10m", "--endpoint", server.endpoint().toString());
      assertThat(advanced.exitCode()).as(advanced.output()).isZero();
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(delivered(hook)).containsAll(published));
      assertThat(hook.notifications())
          .allMatch(p -> p.envelope().path("Message").asText().startsWith("message "));
    }
  }

  private static Set<String> delivered(Webhook hook) {
    return hook.notifications().stream()
        .filter(p -> p.status() == 200)
        .map(Webhook.Post::messageId)
        .collect(Collectors.toSet());
  }
}
