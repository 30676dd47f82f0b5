package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateExpressionTest {
  @TempDir Path root;

  private String started(RunHarness harness) {
    var id =
        harness.create(
            onDemand(),
            shell("Step", "cat", ref("input", "In")),
            node("In", "s3://bucket/in/#{@scheduledStartTime}/"));
    harness.start(id);
    return id;
  }

  @Test
  void evaluatesInTheScopeOfAnInstanceWithItsRuntimeFields() {
    var harness = new RunHarness(root);
    var id = started(harness);

    var result =
        harness.runner.evaluateExpression(
            harness.pipeline(id),
            "@Step_2026-11-20T22:15:00",
            "#{@status} since #{@actualStartTime} reading #{input.directoryPath}");

    assertThat(result.value())
        .isEqualTo(
            "FINISHED since 2026-11-20T22:15:00 reading s3://bucket/in/2026-11-20T22:15:00/");
  }

  @Test
  void evaluatesOnAComponentWithItsLatestInstance() {
    var harness = new RunHarness(root);
    var id = started(harness);

    var result = harness.runner.evaluateExpression(harness.pipeline(id), "Step", "#{command}");

    assertThat(result.value()).isEqualTo("cat");
  }

  @Test
  void answersInvalidRequestForAnObjectThePipelineDoesNotHave() {
    var harness = new RunHarness(root);
    var id = started(harness);

    var result = harness.runner.evaluateExpression(harness.pipeline(id), "Nope", "#{x}");

    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
    assertThat(result.failure().message()).contains("Nope");
  }
}
