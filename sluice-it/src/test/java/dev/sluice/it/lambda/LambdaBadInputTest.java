package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** The bad input, answered with Lambda's errors. */
@ExtendWith(SluiceExtension.class)
class LambdaBadInputTest {
  static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
    LambdaClients.create(lambda, "bad-target", LambdaClients.nodeZip("1"));
  }

  private static SdkBytes jsonOfSize(int size) {
    var body = new StringBuilder("{\"x\":\"");
    body.append("a".repeat(size - 8));
    body.append("\"}");
    return SdkBytes.fromString(body.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void invokingAnUnknownFunctionIsResourceNotFound() {
    assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("no-such-function")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "Function not found: arn:aws:lambda:us-east-1:000000000000:function:"
                          + "no-such-function");
            });
  }

  @Test
  void aPackageThatIsNotAZipIsRefused() {
    assertThatThrownBy(
            () ->
                LambdaClients.create(
                    lambda, "bad-zip", "not a zip".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidParameterValueException.class)
        .hasMessageStartingWith(
            "Could not unzip uploaded file. Please check your file, then try to upload again.");
  }

  @Test
  void anUnknownRuntimeIsRefused() {
    assertThatThrownBy(
            () ->
                lambda.createFunction(
                    LambdaClients.request("bad-runtime", LambdaClients.nodeZip("1"))
                        .runtime("cobol85")
                        .build()))
        .isInstanceOf(InvalidParameterValueException.class)
        .hasMessageContaining("Value cobol85 at 'runtime' failed to satisfy constraint");
  }

  @Test
  void aRoleThatIsNotAnIamRoleArnIsRefused() {
    assertThatThrownBy(
            () ->
                lambda.createFunction(
                    LambdaClients.request("bad-role", LambdaClients.nodeZip("1"))
                        .role("admin")
                        .build()))
        .isInstanceOf(LambdaException.class)
        .hasMessageContaining("at 'role' failed to satisfy constraint");
  }

  @Test
  void aTimeoutAboveFifteenMinutesIsRefused() {
    assertThatThrownBy(
            () ->
                lambda.createFunction(
                    LambdaClients.request("bad-timeout", LambdaClients.nodeZip("1"))
                        .timeout(901)
                        .build()))
        .isInstanceOf(LambdaException.class)
        .hasMessageContaining("Member must have value less than or equal to 900");
  }

  @Test
  void aSynchronousPayloadOverSixMegabytesIsTooLarge() {
    assertThatThrownBy(
            () ->
                lambda.invoke(
                    b -> b.functionName("bad-target").payload(jsonOfSize(6 * 1024 * 1024 + 1))))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(413);
              assertThat(e.awsErrorDetails().errorCode())
                  .isEqualTo("RequestEntityTooLargeException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "Request must be smaller than 6291456 bytes for the InvokeFunction operation");
            });
  }

  @Test
  void anAsynchronousPayloadOver256KilobytesIsTooLarge() {
    assertThatThrownBy(
            () ->
                lambda.invoke(
                    b ->
                        b.functionName("bad-target")
                            .invocationType(InvocationType.EVENT)
                            .payload(jsonOfSize(256 * 1024 + 1))))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(413);
              assertThat(e.awsErrorDetails().errorCode())
                  .isEqualTo("RequestEntityTooLargeException");
            });
  }

  @Test
  void aPayloadThatIsNotJsonIsInvalidRequestContent() {
    assertThatThrownBy(
            () ->
                lambda.invoke(
                    b -> b.functionName("bad-target").payload(SdkBytes.fromUtf8String("{oops"))))
        .isInstanceOf(InvalidRequestContentException.class)
        .hasMessageStartingWith("Could not parse request body into json");
  }

  @Test
  void anUpdateWithAStaleRevisionIdFailsItsPrecondition() {
    LambdaClients.create(lambda, "bad-revision", LambdaClients.nodeZip("1"));
    var read = lambda.getFunctionConfiguration(b -> b.functionName("bad-revision")).revisionId();
    lambda.updateFunctionConfiguration(b -> b.functionName("bad-revision").timeout(10));

    assertThatThrownBy(
            () ->
                lambda.updateFunctionConfiguration(
                    b -> b.functionName("bad-revision").timeout(20).revisionId(read)))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(lambda.getFunctionConfiguration(b -> b.functionName("bad-revision")).timeout())
        .isEqualTo(10);
  }
}
