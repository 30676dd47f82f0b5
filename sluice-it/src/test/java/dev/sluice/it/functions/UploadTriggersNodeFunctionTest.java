package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Scenario 1's first step: an upload triggers a Node.js function whose JavaScript SDK v2 calls
 * reach Sluice with no endpoint in its code (the SDK is the one the runtime provides).
 */
@ExtendWith(SluiceExtension.class)
class UploadTriggersNodeFunctionTest {
  private static final String HANDLER =
      """
      const AWS = require('aws-sdk');
      const s3 = new AWS.S3();
      exports.handler = async (event) => {
        const record = event.Records[0];
        const bucket = record.s3.bucket.name;
        const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
        const original = await s3.getObject({ Bucket: bucket, Key: key }).promise();
        const derived = original.Body.toString('utf8').toUpperCase();
        await s3.putObject({ Bucket: bucket, Key: 'derived/' + key, Body: derived }).promise();
        console.log('derived', key);
        return { key };
      };
      """;

  @Test
  void anUploadRunsTheFunctionWhichWritesADerivedObjectBackThroughTheJavaScriptSdkV2(URI endpoint) {
    var lambda = LambdaClients.lambda(endpoint);
    var s3 = S3Clients.s3(endpoint);
    LambdaClients.create(lambda, "Uppercase", LambdaClients.zip(Map.of("index.js", HANDLER)));
    s3.createBucket(b -> b.bucket("uploads"));
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket("uploads")
                .notificationConfiguration(
                    n ->
                        n.lambdaFunctionConfigurations(
                            LambdaFunctionConfiguration.builder()
                                .lambdaFunctionArn(LambdaClients.ARN_PREFIX + "Uppercase")
                                .events(Event.S3_OBJECT_CREATED)
                                .filter(
                                    f ->
                                        f.key(
                                            k ->
                                                k.filterRules(
                                                    FilterRule.builder()
                                                        .name(FilterRuleName.PREFIX)
                                                        .value("in/")
                                                        .build())))
                                .build())));

    s3.putObject(
        b -> b.bucket("uploads").key("in/hello world.txt"),
        RequestBody.fromString("hello from sluice"));

    var derived =
        await()
            .atMost(Duration.ofSeconds(90))
            .ignoreException(NoSuchKeyException.class)
            .until(
                () ->
                    s3.getObjectAsBytes(b -> b.bucket("uploads").key("derived/in/hello world.txt"))
                        .asString(StandardCharsets.UTF_8),
                text -> !text.isEmpty());
    assertThat(derived).isEqualTo("HELLO FROM SLUICE");
  }
}
