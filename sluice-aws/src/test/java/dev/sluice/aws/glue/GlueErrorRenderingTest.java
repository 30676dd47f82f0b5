package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Failures on the json 1.1 wire: the service's unchanged, the wire's own always 400. */
class GlueErrorRenderingTest extends GlueCalls {

  private static void assertError(HttpResponse response, String type) throws Exception {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ-7");
    assertThat(json(response).path("__type").asText()).isEqualTo(type);
  }

  @Test
  void aServiceFailureIsRenderedUnchanged() throws Exception {
    var response = call("GetJob", "{\"JobName\":\"nope\"}");

    assertError(response, "EntityNotFoundException");
    assertThat(json(response))
        .isEqualTo(
            parse("{\"__type\":\"EntityNotFoundException\",\"message\":\"Job not found.\"}"));
  }

  @Test
  void aGlueActionSluiceLacksIsAnUnknownOperationNamingIt() throws Exception {
    var response = call("GetDatabases", "{}");

    assertError(response, "UnknownOperationException");
    assertThat(json(response).path("message").asText())
        .isEqualTo("Sluice does not implement the Glue action GetDatabases.");
  }

  @Test
  void aTargetOfAnotherServiceKeepsTheProtocolsOwnMessage() throws Exception {
    var response = callTarget("DataPipeline.ListPipelines", "{}");

    assertError(response, "UnknownOperationException");
    assertThat(json(response).path("message").asText())
        .isEqualTo("Sluice does not support the operation DataPipeline.ListPipelines.");
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsASerializationException() throws Exception {
    for (var body : new String[] {"{oops", "[1]", "\"text\""}) {
      assertError(call("GetJobs", body), "SerializationException");
    }
  }

  @Test
  void aMemberOfTheWrongTypeIsASerializationException() throws Exception {
    assertError(call("GetJob", "{\"JobName\":{\"a\":1}}"), "SerializationException");
    assertError(call("BatchGetJobs", "{\"JobNames\":\"a\"}"), "SerializationException");
    assertError(
        call("CreateJob", "{\"Name\":\"a\",\"Role\":\"r\",\"Command\":\"glueetl\"}"),
        "SerializationException");
    assertError(
        call("CreateJob", "{\"Name\":\"a\",\"Role\":\"r\",\"Command\":{},\"Timeout\":[]}"),
        "SerializationException");
    assertError(
        call(
            "CreateJob",
            "{\"Name\":\"a\",\"Role\":\"r\",\"Command\":{},"
                + "\"CodeGenConfigurationNodes\":{\"n\":[1]}}"),
        "SerializationException");
    assertError(
        call("GetJobRuns", "{\"JobName\":\"a\",\"MaxResults\":1e20}"), "SerializationException");
    assertThat(service.jobs).isEmpty();
  }

  @Test
  void anEmptyBodyIsAnEmptyInput() throws Exception {
    assertThat(call("GetJobs", "").status()).isEqualTo(200);
    assertError(call("GetJob", ""), "ValidationException");
  }

  @Test
  void membersTheShapeDoesNotKnowAreIgnored() throws Exception {
    var response = call("DeleteJob", "{\"JobName\":\"etl\",\"Color\":1,\"jobName\":\"x\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(json(response).path("JobName").asText()).isEqualTo("etl");
  }

  @Test
  void aSecondJobOfTheSameNameIsAlreadyExists() throws Exception {
    createJob("etl");

    assertError(
        call("CreateJob", "{\"Name\":\"etl\",\"Role\":\"r\",\"Command\":{}}"),
        "AlreadyExistsException");
  }
}
