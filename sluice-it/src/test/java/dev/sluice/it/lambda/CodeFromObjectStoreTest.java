package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(SluiceExtension.class)
class CodeFromObjectStoreTest {
  static LambdaClient lambda;
  static S3Client s3;

  @BeforeAll
  static void clients(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("deployments"));
  }

  @Test
  void aPackageIsReadFromSluicesOwnBucket() throws Exception {
    var zip = LambdaClients.nodeZip("({from: 's3'})");
    s3.putObject(b -> b.bucket("deployments").key("fn.zip"), RequestBody.fromBytes(zip));

    var created =
        lambda.createFunction(
            LambdaClients.request("from-s3", zip)
                .code(c -> c.s3Bucket("deployments").s3Key("fn.zip"))
                .build());

    assertThat(created.codeSha256())
        .isEqualTo(
            Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip)));
  }

  @Test
  void aMissingKeyIsLambdasGetObjectError() {
    assertThatThrownBy(
            () ->
                lambda.createFunction(
                    LambdaClients.request("from-nowhere", new byte[0])
                        .code(c -> c.s3Bucket("deployments").s3Key("missing.zip"))
                        .build()))
        .isInstanceOf(InvalidParameterValueException.class)
        .hasMessageStartingWith("Error occurred while GetObject. S3 Error Code: NoSuchKey.");
  }
}
