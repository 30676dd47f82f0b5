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

/** A warm instance serves the next invoke; new code replaces it. */
@ExtendWith(SluiceExtension.class)
class WarmInstancesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COUNTER =
      """
      let count = 0;
      exports.handler = async () => ({ count: ++count, pid: process.pid, code: '%s' });
      """;
  private static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
  }

  private static byte[] counter(String code) {
    return LambdaClients.zip(Map.of("index.js", COUNTER.formatted(code)));
  }

  private static JsonNode invoke(String name) throws Exception {
    var response = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{}")));
    assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
    return JSON.readTree(response.payload().asByteArray());
  }

  @Test
  void aSecondInvokeReusesTheWarmProcessAndItsModuleState() throws Exception {
    LambdaClients.create(lambda, "warm", counter("v1"));

    var first = invoke("warm");
    var second = invoke("warm");

    assertThat(second.path("pid").asLong()).isEqualTo(first.path("pid").asLong());
    assertThat(first.path("count").asInt()).isEqualTo(1);
    assertThat(second.path("count").asInt()).isEqualTo(2);
  }

  @Test
  void afterUpdateFunctionCodeTheNextInvokeRunsTheNewCodeInAFreshProcess() throws Exception {
    LambdaClients.create(lambda, "updated", counter("v1"));
    var before = invoke("updated");

    lambda.updateFunctionCode(
        b -> b.functionName("updated").zipFile(SdkBytes.fromByteArray(counter("v2"))));
    lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName("updated"));
    var after = invoke("updated");

    assertThat(before.path("code").asText()).isEqualTo("v1");
    assertThat(after.path("code").asText()).isEqualTo("v2");
    assertThat(after.path("count").asInt()).isEqualTo(1);
    assertThat(after.path("pid").asLong()).isNotEqualTo(before.path("pid").asLong());
  }
}
