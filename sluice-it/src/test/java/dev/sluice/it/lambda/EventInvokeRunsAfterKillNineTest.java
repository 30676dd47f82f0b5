package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An Event invoke acknowledged just before Sluice is killed with SIGKILL runs after the restart:
 * the function's write to Sluice appears although it cannot have happened before the kill.
 */
class EventInvokeRunsAfterKillNineTest {
  private static final String WRITER =
      """
      const AWS = require('aws-sdk');
      const s3 = new AWS.S3();
      exports.handler = async (event) => {
        await new Promise((done) => setTimeout(done, 2000));
        await s3.putObject({ Bucket: 'ran', Key: event.key, Body: 'ran' }).promise();
        return event.key;
      };
      """;

  @Test
  void anAcknowledgedEventInvokeRunsAfterTheRestart(@TempDir Path dir) throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    try (var server = ServerProcess.start(data, log)) {
      var lambda = LambdaClients.lambda(server.endpoint());
      var s3 = S3Clients.s3(server.endpoint());
      s3.createBucket(b -> b.bucket("ran"));
      LambdaClients.create(lambda, "writer", LambdaClients.zip(Map.of("index.js", WRITER)));

      var response =
          lambda.invoke(
              b ->
                  b.functionName("writer")
                      .invocationType(InvocationType.EVENT)
                      .payload(SdkBytes.fromUtf8String("{\"key\": \"after-restart\"}")));
      assertThat(response.statusCode()).isEqualTo(202);
      server.kill();
    }

    try (var server = ServerProcess.start(data, log)) {
      var s3 = S3Clients.s3(server.endpoint());

      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .ignoreException(NoSuchKeyException.class)
          .until(
              () ->
                  s3.getObjectAsBytes(b -> b.bucket("ran").key("after-restart"))
                      .asUtf8String()
                      .equals("ran"));
    }
  }
}
