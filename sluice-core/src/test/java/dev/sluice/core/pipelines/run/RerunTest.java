package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerunTest {
  @TempDir Path root;

  @Test
  void runsAFinishedPipelineAgainAsANewGenerationStartingNow() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));
    harness.start(id);
    harness.clock.advance(Duration.ofMinutes(30));

    assertThat(harness.runner.rerun(harness.pipeline(id)).isOk()).isTrue();
    harness.run();

    var pipeline = harness.pipeline(id);
    assertThat(pipeline.generation()).isEqualTo(2);
    assertThat(pipeline.scheduledStart()).isEqualTo(harness.clock.now());
    assertThat(pipeline.state()).isEqualTo("FINISHED");
    assertThat(harness.ids(id, "Step"))
        .containsExactly("@Step_2026-11-20T22:45:00", "@Step_2026-11-20T22:45:00_Attempt=1");
    assertThat(harness.work.callsFor("Step")).hasSize(2);
  }

  @Test
  void runsAFailedPipelineAgain() {
    var harness = new RunHarness(root);
    harness.work.failing("Step", 1, "boom");
    var id = harness.create(onDemand(text("maximumRetries", "0")), shell("Step", "false"));
    harness.start(id);
    harness.clock.advance(Duration.ofMinutes(1));

    harness.runner.rerun(harness.pipeline(id));
    harness.run();

    assertThat(harness.status(id, "@Step_2026-11-20T22:16:00")).isEqualTo("FINISHED");
    assertThat(harness.pipeline(id).runtimeFields()).containsEntry("@healthStatus", "HEALTHY");
  }

  @Test
  void refusesAPipelineThatWasNeverActivated() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));

    var result = harness.runner.rerun(harness.pipeline(id));

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void refusesAPipelineWhoseAttemptIsUnderWay() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true", text("workerGroup", "wg")));
    harness.start(id);

    var result = harness.runner.rerun(harness.pipeline(id));

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().message()).contains("still running");
    assertThat(harness.pipeline(id).generation()).isEqualTo(1);
  }
}
