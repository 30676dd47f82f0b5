package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 checks LambdaFunctionConfigurations against the functions that exist. */
@ExtendWith(SluiceExtension.class)
class BucketNotificationTargetsTest {
  static LambdaClient lambda;
  static S3Client s3;

  @BeforeAll
  static void clients(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("targets"));
  }

  private static void notify(String functionArn) {
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket("targets")
                .notificationConfiguration(
                    n ->
                        n.lambdaFunctionConfigurations(
                            l ->
                                l.lambdaFunctionArn(functionArn).events(Event.S3_OBJECT_CREATED))));
  }

  @Test
  void anUnknownFunctionIsRefused() {
    assertThatThrownBy(() -> notify(LambdaClients.ARN_PREFIX + "not-there"))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Unable to validate the following destination configurations");
            });
  }

  @Test
  void anExistingFunctionAndItsAliasAreAccepted() {
    LambdaClients.create(lambda, "notified-fn", LambdaClients.nodeZip("1"));
    lambda.publishVersion(b -> b.functionName("notified-fn"));
    lambda.createAlias(b -> b.functionName("notified-fn").name("live").functionVersion("1"));

    notify(LambdaClients.ARN_PREFIX + "notified-fn");
    notify(LambdaClients.ARN_PREFIX + "notified-fn:live");

    assertThat(
            s3.getBucketNotificationConfiguration(b -> b.bucket("targets"))
                .lambdaFunctionConfigurations())
        .hasSize(1);
  }
}
