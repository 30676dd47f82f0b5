package dev.sluice.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** An event waiting in the outbox is still waiting, unchanged, after a clean restart. */
class PendingEventsSurviveRestartTest {
  // A queue: no consumer delivers sqs events here, so they stay pending.
  static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:later";

  @Test
  void aPendingEventIsStillListedAfterACleanRestart(@TempDir Path dir) throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    List<JsonNode> before;
    try (var server = ServerProcess.start(data, log)) {
      var s3 = S3Clients.s3(server.endpoint());
      s3.createBucket(b -> b.bucket("restarted"));
      s3.putBucketNotificationConfiguration(
          b ->
              b.bucket("restarted")
                  .notificationConfiguration(
                      n ->
                          n.queueConfigurations(
                              l -> l.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:*"))));
      s3.putObject(b -> b.bucket("restarted").key("waiting"), RequestBody.fromString("w"));
      before = AdminEvents.objectEvents(server.endpoint(), "PENDING");
      assertThat(before).hasSize(1);
    }
    assertThat(Files.readString(log)).as("a clean stop, not a kill").contains("Sluice stopped");

    try (var server = ServerProcess.start(data, log)) {
      var after = AdminEvents.objectEvents(server.endpoint(), "PENDING");
      assertThat(after).hasSize(1);
      var event = after.get(0);
      assertThat(event.path("id")).isEqualTo(before.get(0).path("id"));
      assertThat(event.path("target").asText()).isEqualTo(QUEUE);
      assertThat(AdminEvents.payload(event)).isEqualTo(AdminEvents.payload(before.get(0)));
      var record = AdminEvents.payload(event).path("Records").path(0);
      assertThat(record.path("eventName").asText()).isEqualTo("ObjectCreated:Put");
      assertThat(record.path("s3").path("object").path("key").asText()).isEqualTo("waiting");
      assertThat(AdminEvents.list(server.endpoint(), "FAILED")).isEmpty();
    }
  }
}
