package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.FunctionPackages;
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
import software.amazon.awssdk.services.lambda.model.Runtime;

/** java21 functions packaged as real jars compiled by the test, invoked through the Lambda API. */
@ExtendWith(SluiceExtension.class)
class JavaFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REQUEST_HANDLER =
      """
      package greet;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestHandler;
      import java.util.Map;

      public class Hello implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
          context.getLogger().log("greeting " + event.get("name"));
          return "Hello, " + event.get("name") + " from " + context.getFunctionName()
              + " (" + context.getAwsRequestId() + ")";
        }
      }
      """;
  private static final String POJO =
      """
      package calc;

      public class Adder {
        public record Pair(int a, int b) {}

        public int add(Pair pair) {
          return pair.a() + pair.b();
        }
      }
      """;
  private static LambdaClient lambda;

  @BeforeAll
  static void functions(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
    var jar = FunctionPackages.javaJar(Map.of("greet.Hello", REQUEST_HANDLER, "calc.Adder", POJO));
    createJava("java-hello", jar, "greet.Hello");
    createJava("java-pojo", jar, "calc.Adder::add");
    createJava("java-missing", jar, "greet.Missing");
  }

  private static void createJava(String name, byte[] jar, String handler) {
    lambda.createFunction(
        LambdaClients.request(name, jar)
            .runtime(Runtime.JAVA21)
            .handler(handler)
            .memorySize(512)
            .timeout(30)
            .build());
  }

  private static InvokeResponse invoke(String name, String payload) {
    return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload)));
  }

  @Test
  void aRequestHandlerInAJarAnswersWithItsContext() throws Exception {
    var response = invoke("java-hello", "{\"name\": \"Ada\"}");

    assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
    assertThat(JSON.readTree(response.payload().asByteArray()).asText())
        .isEqualTo("Hello, Ada from java-hello (" + response.responseMetadata().requestId() + ")");
  }

  @Test
  void aPojoMethodHandlerReceivesTheEventAsItsParameterType() throws Exception {
    var response = invoke("java-pojo", "{\"a\": 19, \"b\": 23}");

    assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
    assertThat(response.payload().asUtf8String()).isEqualTo("42");
  }

  @Test
  void aMissingHandlerClassIsAClassNotFoundError() throws Exception {
    var response = invoke("java-missing", "{}");

    assertThat(response.functionError()).isEqualTo("Unhandled");
    var error = JSON.readTree(response.payload().asByteArray());
    assertThat(error.path("errorType").asText()).isEqualTo("java.lang.ClassNotFoundException");
    assertThat(error.path("errorMessage").asText()).isEqualTo("Class not found: greet.Missing");
  }
}
