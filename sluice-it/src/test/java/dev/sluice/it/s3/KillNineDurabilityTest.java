package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.Bytes;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** Everything acknowledged before a kill -9 is there after a restart, and nothing is torn. */
class KillNineDurabilityTest {

  @Test
  void acknowledgedObjectsSurviveKillNineWhileWritesAreInFlight(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    var acknowledged = new java.util.concurrent.ConcurrentHashMap<String, byte[]>();
    try (var server = ServerProcess.start(data, log)) {
      var s3 = S3Clients.s3(server.endpoint());
      s3.createBucket(b -> b.bucket("durable"));
      s3.putBucketNotificationConfiguration(
          b ->
              b.bucket("durable")
                  .notificationConfiguration(
                      n ->
                          n.queueConfigurations(
                              l ->
                                  l.queueArn("arn:aws:sqs:us-east-1:000000000000:durable")
                                      .eventsWithStrings("s3:ObjectCreated:*"))));
      ExecutorService writers = Executors.newFixedThreadPool(4);
      var inFlight = new java.util.ArrayList<Future<?>>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        inFlight.add(
            writers.submit(
                () -> {
                  for (int i = 0; ; i++) {
                    var key = "w" + writer + "/" + i;
                    var body = Bytes.random(1000 + i * 37 % 50_000, writer * 100_000L + i);
                    s3.putObject(b -> b.bucket("durable").key(key), RequestBody.fromBytes(body));
                    acknowledged.put(key, body);
                  }
                }));
      }
      while (acknowledged.size() < 200) {
        Thread.sleep(10);
      }
      server.kill();
      writers.shutdownNow();
    }
    Map<String, byte[]> snapshot = new LinkedHashMap<>(acknowledged);
    assertThat(snapshot).hasSizeGreaterThanOrEqualTo(200);

    try (var server = ServerProcess.start(data, log)) {
      var s3 = S3Clients.s3(server.endpoint());
      for (var entry : snapshot.entrySet()) {
        var got = s3.getObjectAsBytes(b -> b.bucket("durable").key(entry.getKey()));
        assertThat(got.asByteArray()).as(entry.getKey()).isEqualTo(entry.getValue());
      }
      // Every listed object (acknowledged or not) is whole: its bytes match its ETag's length.
      s3.listObjectsV2Paginator(b -> b.bucket("durable"))
          .contents()
          .forEach(
              o -> {
                var bytes = s3.getObjectAsBytes(b -> b.bucket("durable").key(o.key()));
                assertThat(bytes.asByteArray()).hasSize(o.size().intValue());
              });
      var pending = dev.sluice.it.support.AdminEvents.list(server.endpoint(), "PENDING");
      assertThat(pending.size()).isGreaterThanOrEqualTo(snapshot.size());
    }
  }
}
