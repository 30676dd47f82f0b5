package dev.sluice.it.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.Bytes;
import dev.sluice.it.support.PostgresServer;
import dev.sluice.it.support.S3Clients;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/** Sluice with its catalog and outbox in a real PostgreSQL, driven by the AWS SDK. */
@Tag("postgresql")
class PostgresBackedSluiceTest {
  // A queue: no consumer delivers sqs events here, so they stay pending.
  static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:pipeline";
  static final int MIB = 1024 * 1024;

  @Test
  void theSdkFlowRunsOnAPostgresqlStore(@TempDir Path dir) throws Exception {
    try (var sluice = start(PostgresServer.freshDatabaseUrl(), dir.resolve("data"))) {
      var s3 = S3Clients.s3(sluice.endpoint());
      notifiedBucket(s3, "pg-flow");
      s3.createBucket(b -> b.bucket("pg-empty"));
      for (var key : List.of("in/2024/a.csv", "in/2024/b.csv", "in/top.csv", "out/x")) {
        s3.putObject(b -> b.bucket("pg-flow").key(key), RequestBody.fromString(key));
      }
      assertThat(s3.getObjectAsBytes(b -> b.bucket("pg-flow").key("in/2024/a.csv")).asUtf8String())
          .isEqualTo("in/2024/a.csv");
      var listing = s3.listObjectsV2(b -> b.bucket("pg-flow").prefix("in/").delimiter("/"));
      assertThat(listing.contents()).extracting(o -> o.key()).containsExactly("in/top.csv");
      assertThat(listing.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("in/2024/");
      assertThat(s3.listBuckets().buckets())
          .extracting(b -> b.name())
          .containsExactly("pg-empty", "pg-flow");

      var body = Bytes.random(9 * MIB, 23);
      var source = Files.write(dir.resolve("big.bin"), body);
      var back = dir.resolve("back.bin");
      try (var async = S3Clients.s3Async(sluice.endpoint());
          var tm = S3TransferManager.builder().s3Client(async).build()) {
        tm.uploadFile(
                u -> u.source(source).putObjectRequest(p -> p.bucket("pg-flow").key("in/big")))
            .completionFuture()
            .join();
        tm.downloadFile(
                d -> d.destination(back).getObjectRequest(g -> g.bucket("pg-flow").key("in/big")))
            .completionFuture()
            .join();
      }
      assertThat(Files.readAllBytes(back)).isEqualTo(body);

      s3.deleteObject(b -> b.bucket("pg-flow").key("out/x"));
      s3.deleteBucket(b -> b.bucket("pg-empty"));
      assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("pg-flow");

      var events = pendingEvents(sluice.endpoint());
      assertThat(events)
          .contains(
              "ObjectCreated:Put in/2024/a.csv",
              "ObjectCreated:Put in/top.csv",
              "ObjectCreated:CompleteMultipartUpload in/big")
          .noneMatch(e -> e.endsWith("out/x"));
    }
  }

  @Test
  void objectsUploadsAndPendingEventsSurviveARestartOnTheSameDatabase(@TempDir Path dir)
      throws Exception {
    var url = PostgresServer.freshDatabaseUrl();
    var data = dir.resolve("data");
    var part1 = Bytes.random(5 * MIB, 1);
    var part2 = Bytes.random(1000, 2);
    String inProgress;
    String firstPart;
    List<String> eventsBefore;
    try (var sluice = start(url, data)) {
      var s3 = S3Clients.s3(sluice.endpoint());
      notifiedBucket(s3, "pg-restart");
      s3.putObject(b -> b.bucket("pg-restart").key("in/kept"), RequestBody.fromString("kept"));
      inProgress = s3.createMultipartUpload(b -> b.bucket("pg-restart").key("in/later")).uploadId();
      firstPart =
          s3.uploadPart(
                  b -> b.bucket("pg-restart").key("in/later").uploadId(inProgress).partNumber(1),
                  RequestBody.fromBytes(part1))
              .eTag();
      eventsBefore = pendingEvents(sluice.endpoint());
      assertThat(eventsBefore).containsExactly("ObjectCreated:Put in/kept");
    }

    try (var sluice = start(url, data)) {
      var s3 = S3Clients.s3(sluice.endpoint());
      assertThat(s3.getObjectAsBytes(b -> b.bucket("pg-restart").key("in/kept")).asUtf8String())
          .isEqualTo("kept");
      assertThat(
              s3.getBucketNotificationConfiguration(b -> b.bucket("pg-restart"))
                  .queueConfigurations())
          .hasSize(1);
      assertThat(pendingEvents(sluice.endpoint())).isEqualTo(eventsBefore);

      var parts =
          s3.listParts(b -> b.bucket("pg-restart").key("in/later").uploadId(inProgress)).parts();
      assertThat(parts).extracting(p -> p.eTag()).containsExactly(firstPart);
      var secondPart =
          s3.uploadPart(
                  b -> b.bucket("pg-restart").key("in/later").uploadId(inProgress).partNumber(2),
                  RequestBody.fromBytes(part2))
              .eTag();
      s3.completeMultipartUpload(
          b ->
              b.bucket("pg-restart")
                  .key("in/later")
                  .uploadId(inProgress)
                  .multipartUpload(
                      m ->
                          m.parts(
                              CompletedPart.builder().partNumber(1).eTag(firstPart).build(),
                              CompletedPart.builder().partNumber(2).eTag(secondPart).build())));
      var whole = s3.getObjectAsBytes(b -> b.bucket("pg-restart").key("in/later")).asByteArray();
      assertThat(whole).hasSize(part1.length + part2.length).startsWith(part1).endsWith(part2);
      assertThat(pendingEvents(sluice.endpoint()))
          .containsExactly(
              "ObjectCreated:Put in/kept", "ObjectCreated:CompleteMultipartUpload in/later");
    }
  }

  private static RunningSluice start(String storeUrl, Path dataDir) {
    return Sluice.create(
            SluiceConfig.defaults().withPort(0).withDataDir(dataDir).withStoreUrl(storeUrl))
        .start();
  }

  private static void notifiedBucket(S3Client s3, String bucket) {
    s3.createBucket(b -> b.bucket(bucket));
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket(bucket)
                .notificationConfiguration(
                    n ->
                        n.queueConfigurations(
                            l ->
                                l.queueArn(QUEUE)
                                    .eventsWithStrings("s3:ObjectCreated:*")
                                    .filter(
                                        f ->
                                            f.key(
                                                k ->
                                                    k.filterRules(
                                                        r -> r.name("prefix").value("in/")))))));
  }

  /** The pending events as "eventName key", oldest first, each checked to target the queue. */
  private static List<String> pendingEvents(URI endpoint) throws Exception {
    var events = AdminEvents.objectEvents(endpoint, "PENDING");
    assertThat(events).allMatch(e -> e.path("target").asText().equals(QUEUE));
    return events.stream().map(PostgresBackedSluiceTest::describe).toList();
  }

  private static String describe(JsonNode event) {
    try {
      var record = AdminEvents.payload(event).path("Records").path(0);
      return record.path("eventName").asText()
          + " "
          + record.path("s3").path("object").path("key").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
