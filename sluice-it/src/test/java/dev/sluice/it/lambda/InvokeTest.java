package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.LogType;

@ExtendWith(SluiceExtension.class)
class InvokeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static LambdaClient lambda;
  static URI endpoint;

  @BeforeAll
  static void function(URI uri) {
    endpoint = uri;
    lambda = LambdaClients.lambda(uri);
    LambdaClients.create(lambda, "inv-target", LambdaClients.nodeZip("({ok: true})"));
  }

  static List<JsonNode> events() throws Exception {
    var all = new ArrayList<JsonNode>();
    for (var status : List.of("PENDING", "DELIVERED", "FAILED")) {
      all.addAll(AdminEvents.list(endpoint, status));
    }
    return all;
  }

  @Test
  void aDryRunAnswers204() {
    var response =
        lambda.invoke(b -> b.functionName("inv-target").invocationType(InvocationType.DRY_RUN));

    assertThat(response.statusCode()).isEqualTo(204);
  }

  @Test
  void anEventInvokeIsAcceptedWith202AndQueuedDurably() throws Exception {
    var response =
        lambda.invoke(
            b ->
                b.functionName("inv-target")
                    .invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"n\":42}")));

    assertThat(response.statusCode()).isEqualTo(202);
    var requestId = response.responseMetadata().requestId();
    var queued =
        events().stream()
            .filter(e -> e.path("service").asText().equals("lambda"))
            .filter(e -> e.path("type").asText().equals("Invoke"))
            .filter(e -> e.path("payload").toString().contains(requestId))
            .toList();
    // Listed once per status it had while the listings ran (it may be delivered meanwhile).
    assertThat(queued.stream().map(e -> e.path("id").asLong()).distinct()).hasSize(1);
    assertThat(queued.getFirst().path("target").asText())
        .isEqualTo(LambdaClients.ARN_PREFIX + "inv-target");
    var entry = AdminEvents.payload(queued.getFirst());
    assertThat(new String(Base64.getDecoder().decode(entry.path("payload").asText())))
        .isEqualTo("{\"n\":42}");
  }

  @Test
  void aSynchronousInvokeReturnsTheHandlersResultAndTheTailOfItsLog() throws Exception {
    var response =
        lambda.invoke(
            b ->
                b.functionName("inv-target")
                    .logType(LogType.TAIL)
                    .payload(SdkBytes.fromUtf8String("{}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isNull();
    assertThat(response.executedVersion()).isEqualTo("$LATEST");
    assertThat(JSON.readTree(response.payload().asByteArray()).path("ok").asBoolean()).isTrue();
    var requestId = response.responseMetadata().requestId();
    assertThat(requestId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    var log = new String(Base64.getDecoder().decode(response.logResult()));
    assertThat(log)
        .contains("START RequestId: " + requestId + " Version: $LATEST")
        .contains("END RequestId: " + requestId)
        .contains("REPORT RequestId: " + requestId);
  }

  @Test
  void aHandlerThatThrowsIsAnUnhandledFunctionErrorWithTheErrorAsPayload() throws Exception {
    LambdaClients.create(
        lambda,
        "inv-throws",
        LambdaClients.zip(
            java.util.Map.of(
                "index.js",
                "exports.handler = async () => { throw new TypeError('bad input'); };")));

    var response =
        lambda.invoke(b -> b.functionName("inv-throws").payload(SdkBytes.fromUtf8String("{}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isEqualTo("Unhandled");
    var error = JSON.readTree(response.payload().asByteArray());
    assertThat(error.path("errorType").asText()).isEqualTo("TypeError");
    assertThat(error.path("errorMessage").asText()).isEqualTo("bad input");
  }
}
