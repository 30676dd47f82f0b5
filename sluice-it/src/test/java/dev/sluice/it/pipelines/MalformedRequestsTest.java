package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static dev.sluice.it.pipelines.Refusals.refusesWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;

/**
 * Requests that break the wire format or the model's constraints are refused with 400 and the json
 * protocol's error shape (SerializationException, ValidationException with AWS's wording,
 * UnknownOperationException), never a 500, and change nothing.
 */
@ExtendWith(SluiceExtension.class)
class MalformedRequestsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  static Pipelines pipelines;
  static DataPipelineClient client;
  static URI endpoint;

  @BeforeAll
  static void connect(URI uri) {
    endpoint = uri;
    pipelines = new Pipelines(uri);
    client = pipelines.client();
  }

  @Test
  void aBodyThatIsNotJsonIsASerializationException() throws Exception {
    var response = post("CreatePipeline", "{\"name\": \"half\", ");

    assertThat(response.statusCode()).isEqualTo(400);
    var body = JSON.readTree(response.body());
    assertThat(body.path("__type").asText()).isEqualTo("SerializationException");
    assertThat(body.path("message").asText()).isEqualTo("The request body is not valid JSON.");
    assertNoPipelines();
  }

  @Test
  void aMemberOfTheWrongJsonTypeIsASerializationException() throws Exception {
    var response = post("CreatePipeline", "{\"name\": \"n\", \"uniqueId\": [\"u\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("__type").asText())
        .isEqualTo("SerializationException");
    assertNoPipelines();
  }

  @Test
  void anUnknownOperationIsRefused() throws Exception {
    var response = post("LaunchRocket", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("__type").asText()).isEqualTo("UnknownOperationException");
  }

  @Test
  void aNameLongerThan1024CharactersIsAValidationException() {
    var name = "n".repeat(1025);

    refuses(
        () -> client.createPipeline(b -> b.name(name).uniqueId("long")),
        "ValidationException",
        "1 validation error detected: Value '"
            + name
            + "' at 'name' failed to satisfy constraint: Member must have length less than or"
            + " equal to 1024");
    assertNoPipelines();
  }

  @Test
  void anEmptyUniqueIdAndAMissingNameAreCountedTogether() {
    refuses(
        () -> client.createPipeline(b -> b.uniqueId("")),
        "ValidationException",
        "2 validation errors detected: Value null at 'name' failed to satisfy constraint: Member"
            + " must not be null; Value '' at 'uniqueId' failed to satisfy constraint: Member must"
            + " have length greater than or equal to 1");
    assertNoPipelines();
  }

  @Test
  void aTaskStatusOutsideTheEnumIsAValidationException() {
    refusesWith(
        () -> client.setTaskStatus(b -> b.taskId("some-task").taskStatus("DONE")),
        "ValidationException",
        "Member must satisfy enum value set: [FINISHED, FAILED, FALSE]");
  }

  @Test
  void aQueryOnAnUnknownSphereIsRefused() {
    var id = pipelines.define("spheres", Component.onDemandDefault());

    refuses(
        () -> client.queryObjects(b -> b.pipelineId(id).sphere("GALAXY")),
        "InvalidRequestException",
        "Invalid sphere: GALAXY. Valid values are COMPONENT, INSTANCE, ATTEMPT");
  }

  private static void assertNoPipelines() {
    assertThat(client.listPipelines(b -> {}).pipelineIdList())
        .allMatch(p -> p.name().equals("spheres"));
  }

  private static HttpResponse<String> post(String operation, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(endpoint)
            .header("X-Amz-Target", "DataPipeline." + operation)
            .header("Content-Type", "application/x-amz-json-1.1")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
