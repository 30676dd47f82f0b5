package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;

/** A function sees Lambda's variables, its own, and the endpoint of the Sluice that runs it. */
@ExtendWith(SluiceExtension.class)
class FunctionEnvironmentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFunctionsProcessSeesLambdaAndUserVariables(URI endpoint) throws Exception {
    var lambda = LambdaClients.lambda(endpoint);
    lambda.createFunction(
        LambdaClients.request(
                "env-fn",
                LambdaClients.zip(
                    Map.of(
                        "index.js",
                        """
                        exports.handler = async () => ({
                          name: process.env.AWS_LAMBDA_FUNCTION_NAME,
                          region: process.env.AWS_REGION,
                          greeting: process.env.GREETING,
                          endpoint: process.env.AWS_ENDPOINT_URL,
                        });
                        """)))
            .environment(e -> e.variables(Map.of("GREETING", "hello there")))
            .build());

    var response =
        lambda.invoke(b -> b.functionName("env-fn").payload(SdkBytes.fromUtf8String("{}")));
    var env = JSON.readTree(response.payload().asByteArray());

    assertThat(env.path("name").asText()).isEqualTo("env-fn");
    assertThat(env.path("region").asText()).isEqualTo("us-east-1");
    assertThat(env.path("greeting").asText()).isEqualTo("hello there");
    assertThat(URI.create(env.path("endpoint").asText()).getPort()).isEqualTo(endpoint.getPort());
    assertThat(URI.create(env.path("endpoint").asText()).getHost()).isIn("127.0.0.1", "localhost");
  }
}
