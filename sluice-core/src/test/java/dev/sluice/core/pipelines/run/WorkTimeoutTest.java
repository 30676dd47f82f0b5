package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkOutcome;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sluice's own work stopped at its attemptTimeout ends the attempt TIMEDOUT; it is retried. */
class WorkTimeoutTest {
  static final String STEP = "@Step_2026-11-20T22:15:00";

  @TempDir Path root;

  @Test
  void workThatTimedOutEndsTheAttemptTimedOutWithTheLimitInItsError() {
    var harness = new RunHarness(root);
    harness.work.then("Step", WorkOutcome.timedOut("Command timed out", "stderr tail"));
    var id =
        harness.create(
            onDemand(),
            shell(
                "Step",
                "sleep 600",
                text("attemptTimeout", "5 minutes"),
                text("maximumRetries", "0")));
    harness.start(id);

    assertThat(harness.status(id, STEP + "_Attempt=1")).isEqualTo("TIMEDOUT");
    assertThat(harness.field(id, STEP + "_Attempt=1", "errorMessage"))
        .contains("Attempt timed out after attemptTimeout PT5M: Command timed out");
    assertThat(harness.field(id, STEP + "_Attempt=1", "errorStackTrace")).contains("stderr tail");
    assertThat(harness.status(id, STEP)).isEqualTo("FAILED");
  }

  @Test
  void aTimedOutAttemptIsRetriedLikeAFailedOne() {
    var harness = new RunHarness(root);
    harness.work.then("Step", WorkOutcome.timedOut("Command timed out", null));
    var id =
        harness.create(
            onDemand(),
            shell(
                "Step",
                "sleep 600",
                text("attemptTimeout", "5 minutes"),
                text("retryDelay", "1 minutes")));
    harness.start(id);
    harness.advance(Duration.ofMinutes(1));

    assertThat(harness.status(id, STEP + "_Attempt=1")).isEqualTo("TIMEDOUT");
    assertThat(harness.status(id, STEP + "_Attempt=2")).isEqualTo("FINISHED");
    assertThat(harness.status(id, STEP)).isEqualTo("FINISHED");
  }
}
