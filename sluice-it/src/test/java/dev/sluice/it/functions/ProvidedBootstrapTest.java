package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.FunctionPackages;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** provided.al2023: the bundle's own shell {@code bootstrap} speaks the Runtime API with curl. */
@ExtendWith(SluiceExtension.class)
class ProvidedBootstrapTest {
  private static final String BOOTSTRAP =
      """
      #!/bin/sh
      set -eu
      api="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation"
      while true; do
        headers="$(mktemp)"
        event="$(curl -sS -D "$headers" "$api/next")"
        id="$(grep -i '^lambda-runtime-aws-request-id:' "$headers" | cut -d' ' -f2 | tr -d '\\r')"
        echo "shell got $event"
        curl -sS -X POST "$api/$id/response" -d "{\\"echo\\":$event,\\"handler\\":\\"$_HANDLER\\"}" >/dev/null
        rm -f "$headers"
      done
      """;

  @Test
  void aShellBootstrapAnswersAnInvoke(URI endpoint) {
    var lambda = LambdaClients.lambda(endpoint);
    lambda.createFunction(
        LambdaClients.request(
                "shell-fn",
                FunctionPackages.zipWithExecutable(Map.of("bootstrap", BOOTSTRAP), "bootstrap"))
            .runtime(Runtime.PROVIDED_AL2023)
            .handler("function.handler")
            .build());

    var response =
        lambda.invoke(
            b -> b.functionName("shell-fn").payload(SdkBytes.fromUtf8String("{\"x\":1}")));

    assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
    assertThat(response.payload().asUtf8String())
        .isEqualTo("{\"echo\":{\"x\":1},\"handler\":\"function.handler\"}");
  }
}
