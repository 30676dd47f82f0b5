package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryTest {
  static final String STEP = "@Step_2026-11-20T22:15:00";

  @TempDir Path root;

  @Test
  void triesAgainAfterTheDefaultRetryDelayOfTenMinutesAndNotBefore() {
    var harness = new RunHarness(root);
    harness.work.failing("Step", 1, "exit 1");
    var id =
        harness.create(onDemand(), shell("Step", "false", ref("runsOn", "Box")), Defs.ec2("Box"));
    harness.start(id);

    assertThat(harness.status(id, STEP + "_Attempt=1")).isEqualTo("FAILED");
    assertThat(harness.status(id, STEP)).isEqualTo("WAITING_FOR_RUNNER");
    harness.advance(Duration.ofMinutes(9));
    assertThat(harness.ids(id)).doesNotContain(STEP + "_Attempt=2");

    harness.advance(Duration.ofMinutes(1));
    assertThat(harness.status(id, STEP + "_Attempt=2")).isEqualTo("FINISHED");
    assertThat(harness.status(id, STEP)).isEqualTo("FINISHED");
    assertThat(harness.field(id, STEP + "_Attempt=2", "@actualStartTime"))
        .contains("2026-11-20T22:25:00");
  }

  @Test
  void keepsTheFailedAttemptsErrorOnTheAttempt() {
    var harness = new RunHarness(root);
    harness.work.failing("Step", 1, "exit 1");
    var id = harness.create(onDemand(), shell("Step", "false"));
    harness.start(id);

    assertThat(harness.object(id, STEP + "_Attempt=1").fields())
        .contains(
            Field.text("errorMessage", "exit 1"),
            Field.text("errorStackTrace", "trace of exit 1"),
            Field.text("@actualEndTime", "2026-11-20T22:15:00"));
  }

  @Test
  void failsTheInstanceAfterMaximumRetriesPlusOneTries() {
    var harness = new RunHarness(root);
    harness.work.failing("Step", 5, "exit 2");
    var id = harness.create(onDemand(), shell("Step", "false"));
    harness.start(id);
    harness.advance(Duration.ofHours(1));

    assertThat(harness.work.callsFor("Step")).hasSize(3);
    assertThat(harness.status(id, STEP)).isEqualTo("FAILED");
    assertThat(harness.field(id, STEP, "@attemptCount")).contains("3");
    assertThat(harness.field(id, STEP, "@triesLeft")).contains("0");
    assertThat(harness.field(id, STEP, "errorMessage")).contains("exit 2");
    assertThat(harness.field(id, STEP, "@headAttempt")).contains(STEP + "_Attempt=3");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
    assertThat(harness.pipeline(id).runtimeFields()).containsEntry("@healthStatus", "ERROR");
  }

  @Test
  void honoursMaximumRetriesAndRetryDelay() {
    var harness = new RunHarness(root);
    harness.work.failing("Step", 5, "exit 3");
    var id =
        harness.create(
            onDemand(),
            shell("Step", "false", text("maximumRetries", "1"), text("retryDelay", "3 minutes")));
    harness.start(id);
    harness.advance(Duration.ofMinutes(3));

    assertThat(harness.work.callsFor("Step")).hasSize(2);
    assertThat(harness.field(id, STEP + "_Attempt=2", "@actualStartTime"))
        .contains("2026-11-20T22:18:00");
    assertThat(harness.status(id, STEP)).isEqualTo("FAILED");
  }

  @Test
  void failsAtOnceWithoutRetries() {
    var harness = new RunHarness(root);
    harness.work.failing("Step", 1, "exit 4");
    var id = harness.create(onDemand(text("maximumRetries", "0")), shell("Step", "false"));
    harness.start(id);

    assertThat(harness.status(id, STEP)).isEqualTo("FAILED");
    assertThat(harness.field(id, STEP, "@triesLeft")).contains("0");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }
}
