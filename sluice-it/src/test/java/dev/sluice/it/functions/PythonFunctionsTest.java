package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** python3.12 functions packaged as zips by the test, invoked through the Lambda API. */
@ExtendWith(SluiceExtension.class)
class PythonFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LambdaClient lambda;
  private static URI endpoint;

  @BeforeAll
  static void client(URI uri) {
    endpoint = uri;
    lambda = LambdaClients.lambda(uri);
  }

  private static void createPython(String name, String code) {
    lambda.createFunction(
        LambdaClients.request(name, LambdaClients.zip(Map.of("app.py", code)))
            .runtime(Runtime.PYTHON3_12)
            .handler("app.handler")
            .build());
  }

  private static software.amazon.awssdk.services.lambda.model.InvokeResponse invoke(
      String name, String payload) {
    return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload)));
  }

  @Test
  void aHandlerReturnsAValueComputedFromTheEventAndItsContext() throws Exception {
    createPython(
        "py-context",
        """
        def handler(event, context):
            return {
                "sum": event["a"] + event["b"],
                "functionName": context.function_name,
                "requestId": context.aws_request_id,
                "arn": context.invoked_function_arn,
                "memory": context.memory_limit_in_mb,
                "logGroup": context.log_group_name,
                "remaining": context.get_remaining_time_in_millis(),
            }
        """);

    var response = invoke("py-context", "{\"a\": 2, \"b\": 40}");

    assertThat(response.functionError()).isNull();
    var result = JSON.readTree(response.payload().asByteArray());
    assertThat(result.path("sum").asInt()).isEqualTo(42);
    assertThat(result.path("functionName").asText()).isEqualTo("py-context");
    assertThat(result.path("requestId").asText())
        .isEqualTo(response.responseMetadata().requestId());
    assertThat(result.path("arn").asText()).isEqualTo(LambdaClients.ARN_PREFIX + "py-context");
    assertThat(result.path("memory").asText()).isEqualTo("128");
    assertThat(result.path("logGroup").asText()).isEqualTo("/aws/lambda/py-context");
    assertThat(result.path("remaining").asLong()).isBetween(1L, 3000L);
  }

  @Test
  void theContextReportsTheQualifiedArnTheCallerUsed() throws Exception {
    createPython(
        "py-arn", "def handler(event, context):\n    return context.invoked_function_arn\n");

    var response =
        lambda.invoke(
            b ->
                b.functionName("py-arn")
                    .qualifier("$LATEST")
                    .payload(SdkBytes.fromUtf8String("{}")));

    assertThat(JSON.readTree(response.payload().asByteArray()).asText())
        .isEqualTo(LambdaClients.ARN_PREFIX + "py-arn:$LATEST");
  }

  @Test
  void aRaisedExceptionIsAnUnhandledErrorWithMessageTypeAndStackTrace() throws Exception {
    createPython(
        "py-raises",
        """
        def handler(event, context):
            raise ValueError("the event was " + str(event["n"]))
        """);

    var response = invoke("py-raises", "{\"n\": 7}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isEqualTo("Unhandled");
    var error = JSON.readTree(response.payload().asByteArray());
    assertThat(error.path("errorMessage").asText()).isEqualTo("the event was 7");
    assertThat(error.path("errorType").asText()).isEqualTo("ValueError");
    assertThat(error.path("stackTrace").isArray()).isTrue();
    assertThat(error.path("stackTrace").toString()).contains("app.py").contains("handler");
  }

  @Test
  void boto3WithNoEndpointInTheCodeWritesAnObjectToSluice() throws Exception {
    assumeTrue(hasBoto3(), "/usr/bin/python3 has no boto3");
    var s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("py-out"));
    createPython(
        "py-boto3",
        """
        import boto3

        s3 = boto3.client("s3")

        def handler(event, context):
            s3.put_object(Bucket="py-out", Key=event["key"], Body=b"written by python")
            return "ok"
        """);

    var response = invoke("py-boto3", "{\"key\": \"from-python.txt\"}");

    assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
    assertThat(s3.getObjectAsBytes(b -> b.bucket("py-out").key("from-python.txt")).asUtf8String())
        .isEqualTo("written by python");
  }

  static boolean hasBoto3() throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
      return false;
    }
    return new ProcessBuilder("/usr/bin/python3", "-c", "import boto3").start().waitFor() == 0;
  }
}
