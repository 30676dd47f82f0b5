package dev.sluice.aws.datapipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sluice's two extension calls, ClonePipeline and RerunPipeline, on the same wire. */
class DataPipelineExtensionsTest extends DataPipelineCalls {

  @Test
  void clonePipelineAnswersTheNewId() throws Exception {
    service.answer("ClonePipeline", Result.ok("df-NEWNEWNEWNEWNEWNEW0"));

    var answer =
        ok("ClonePipeline", "{\"pipelineId\":\"" + PIPELINE + "\",\"name\":\"myLambdaSample\"}");

    assertThat(answer).isEqualTo(parse("{\"pipelineId\":\"df-NEWNEWNEWNEWNEWNEW0\"}"));
    assertThat(service.calls)
        .containsExactly(Arrays.asList("ClonePipeline", PIPELINE, "myLambdaSample", null));
  }

  @Test
  void clonePipelineWithoutANameIsRefusedBeforeTheService() throws Exception {
    var response = call("ClonePipeline", "{\"pipelineId\":\"" + PIPELINE + "\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).contains("'name'");
    assertThat(service.calls).isEmpty();
  }

  @Test
  void rerunPipelineNamesThePipeline() throws Exception {
    service.answer("RerunPipeline", Result.ok(null));

    var answer = ok("RerunPipeline", "{\"pipelineId\":\"" + PIPELINE + "\"}");

    assertThat(answer).isEqualTo(parse("{}"));
    assertThat(service.calls).containsExactly(List.of("RerunPipeline", PIPELINE));
  }
}
