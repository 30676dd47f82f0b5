package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EmrActivity: pre-step commands, the steps in order, post-step commands; the first failure ends
 * it.
 */
class EmrWorkTest extends WorkersFixture {
  private static final Map<String, String> CLUSTER = Map.of("releaseLabel", "emr-6.9.0");

  private static EmrStep step(String jar) {
    return EmrStep.parse(jar + ",arg");
  }

  private String log() throws IOException {
    return Files.readString(context.workDir().resolve("log"));
  }

  @Test
  void runsThePreStepCommandsTheStepsInOrderThenThePostStepCommands() throws IOException {
    var item =
        new WorkItem.Emr(
            List.of(step("s3://jars/one.jar"), step("s3://jars/two.jar")),
            CLUSTER,
            List.of("echo pre1 >> log", "echo pre2 >> log"),
            List.of("echo post >> log"));

    assertThat(workers.run(item, context)).isEqualTo(WorkOutcome.success());

    assertThat(log())
        .isEqualTo("pre1\npre2\nstep s3://jars/one.jar\nstep s3://jars/two.jar\npost\n");
    assertThat(steps.calls)
        .containsExactly(
            new RecordingStepRunner.Call(step("s3://jars/one.jar"), CLUSTER, files),
            new RecordingStepRunner.Call(step("s3://jars/two.jar"), CLUSTER, files));
  }

  @Test
  void stopsAtTheFirstFailingStep() throws IOException {
    var item =
        new WorkItem.Emr(
            List.of(step("s3://jars/fails.jar"), step("s3://jars/two.jar")),
            CLUSTER,
            List.of(),
            List.of("echo post >> log"));

    var outcome = workers.run(item, context);

    assertThat(outcome)
        .isEqualTo(WorkOutcome.failure("Step s3://jars/fails.jar failed", "mapper exited with 1"));
    assertThat(log()).isEqualTo("step s3://jars/fails.jar\n");
  }

  @Test
  void aFailingPreStepCommandRunsNoStep() {
    var item =
        new WorkItem.Emr(
            List.of(step("s3://jars/one.jar")),
            CLUSTER,
            List.of("echo bad >&2; exit 4"),
            List.of());

    var outcome = workers.run(item, context);

    assertThat(outcome)
        .isEqualTo(
            WorkOutcome.failure(
                "preStepCommand 'echo bad >&2; exit 4' failed with exit code 4", "bad\n"));
    assertThat(steps.calls).isEmpty();
  }
}
