package dev.sluice.aws.datapipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failures on the json 1.1 wire: the service's unchanged, the wire's own always 400. */
class DataPipelineErrorRenderingTest extends DataPipelineCalls {

  private static void assertError(HttpResponse response, String type) throws Exception {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ-9");
    assertThat(json(response).path("__type").asText()).isEqualTo(type);
  }

  @Test
  void aServiceFailureIsRenderedUnchanged() throws Exception {
    service.answer(
        "DescribePipelines",
        Result.err(
            Failure.of(
                "PipelineNotFoundException", 400, "Pipeline with id: df-NOPE does not exist")));

    var response = call("DescribePipelines", "{\"pipelineIds\":[\"df-NOPE\"]}");

    assertError(response, "PipelineNotFoundException");
    assertThat(json(response))
        .isEqualTo(
            parse(
                "{\"__type\":\"PipelineNotFoundException\","
                    + "\"message\":\"Pipeline with id: df-NOPE does not exist\"}"));
  }

  @Test
  void aServiceFailureKeepsItsStatus() throws Exception {
    service.answer(
        "ListPipelines", Result.err(Failure.of("InternalServiceError", 500, "it broke")));

    var response = call("ListPipelines", "{}");

    assertThat(response.status()).isEqualTo(500);
    assertThat(json(response).path("__type").asText()).isEqualTo("InternalServiceError");
  }

  @Test
  void anUnknownOperationIsUnknownOperationException() throws Exception {
    var response = call("DescribeClusters", "{}");

    assertError(response, "UnknownOperationException");
    assertThat(service.calls).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsASerializationException() throws Exception {
    for (var body : new String[] {"{oops", "[1]", "\"text\""}) {
      assertError(call("ListPipelines", body), "SerializationException");
    }
    assertThat(service.calls).isEmpty();
  }

  @Test
  void aMemberOfTheWrongTypeIsASerializationException() throws Exception {
    assertError(call("DeletePipeline", "{\"pipelineId\":{\"a\":1}}"), "SerializationException");
    assertError(call("DescribePipelines", "{\"pipelineIds\":\"df-1\"}"), "SerializationException");
    assertError(
        call("DeactivatePipeline", "{\"pipelineId\":\"df-1\",\"cancelActive\":[]}"),
        "SerializationException");
    assertThat(service.calls).isEmpty();
  }

  @Test
  void aStartTimestampThatIsNotANumberIsASerializationException() throws Exception {
    assertError(
        call(
            "ActivatePipeline",
            "{\"pipelineId\":\"" + PIPELINE + "\",\"startTimestamp\":\"tomorrow\"}"),
        "SerializationException");
    assertError(
        call("ActivatePipeline", "{\"pipelineId\":\"" + PIPELINE + "\",\"startTimestamp\":1e300}"),
        "SerializationException");
    assertThat(service.calls).isEmpty();
  }

  @Test
  void anEmptyBodyIsAnEmptyInput() throws Exception {
    service.answer("ListPipelines", Result.ok(new PipelinePage(List.of(), null, false)));

    assertThat(call("ListPipelines", "").status()).isEqualTo(200);
    assertError(call("DeletePipeline", ""), "ValidationException");
  }

  @Test
  void membersTheShapeDoesNotKnowAreIgnored() throws Exception {
    service.answer("DeletePipeline", Result.ok(null));

    var response = call("DeletePipeline", "{\"pipelineId\":\"" + PIPELINE + "\",\"color\":1}");

    assertThat(response.status()).isEqualTo(200);
  }
}
