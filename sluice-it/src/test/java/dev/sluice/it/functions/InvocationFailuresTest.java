package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** A timeout, a crashing process and a missing handler fail the invoke as Lambda reports them. */
@ExtendWith(SluiceExtension.class)
class InvocationFailuresTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
    // The first Node.js function prepares the runtime's SDK once; timings start after that.
    LambdaClients.create(lambda, "warm-up", LambdaClients.nodeZip("1"));
    invoke("warm-up");
  }

  private static InvokeResponse invoke(String name) {
    return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{}")));
  }

  private static JsonNode error(InvokeResponse response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isEqualTo("Unhandled");
    return JSON.readTree(response.payload().asByteArray());
  }

  @Test
  void aHandlerRunningPastItsTimeoutIsStoppedAndReportedAsTimedOut() throws Exception {
    lambda.createFunction(
        LambdaClients.request(
                "slow-one",
                LambdaClients.nodeZip(
                    "new Promise((done) => setTimeout(() => done('late'), 3000))"))
            .timeout(1)
            .build());
    long started = System.nanoTime();

    var response = invoke("slow-one");
    var error = error(response);

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_900);
    assertThat(error.path("errorMessage").asText())
        .matches(
            "\\d{4}-\\d{2}-\\d{2}T\\S+ "
                + response.responseMetadata().requestId()
                + " Task timed out after 1.00 seconds");
  }

  @Test
  void aProcessThatExitsIsARuntimeExitError() throws Exception {
    LambdaClients.create(
        lambda,
        "exits",
        LambdaClients.zip(Map.of("index.js", "exports.handler = async () => process.exit(1);")));

    var response = invoke("exits");
    var error = error(response);

    assertThat(error.path("errorType").asText()).isEqualTo("Runtime.ExitError");
    assertThat(error.path("errorMessage").asText())
        .isEqualTo(
            "RequestId: "
                + response.responseMetadata().requestId()
                + " Error: Runtime exited with error: exit status 1");
  }

  @Test
  void aModuleWithoutTheHandlerIsARuntimeHandlerNotFound() throws Exception {
    LambdaClients.create(
        lambda,
        "no-handler",
        LambdaClients.zip(Map.of("index.js", "exports.other = async () => 1;")));

    var error = error(invoke("no-handler"));

    assertThat(error.path("errorType").asText()).isEqualTo("Runtime.HandlerNotFound");
    assertThat(error.path("errorMessage").asText())
        .isEqualTo("index.handler is undefined or not exported");
  }
}
