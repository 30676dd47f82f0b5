package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetStatusTest {
  static final String FIRST = "@First_2026-11-20T22:15:00";
  static final String SECOND = "@Second_2026-11-20T22:15:00";

  @TempDir Path root;

  private String failing(RunHarness harness, String mode) {
    harness.work.failing("First", 1, "bad input");
    var id =
        harness.create(
            onDemand(text("maximumRetries", "0"), text("failureAndRerunMode", mode)),
            shell("First", "one"),
            shell("Second", "two", ref("dependsOn", "First")));
    harness.start(id);
    return id;
  }

  private void setStatus(RunHarness harness, String id, String status, String... ids) {
    var result = harness.runner.setStatus(harness.pipeline(id), List.of(ids), status);
    assertThat(result.isOk()).as("%s", result).isTrue();
    harness.run();
  }

  @Test
  void rerunsAFailedInstanceWithFreshTriesAndTheNextAttemptNumber() {
    var harness = new RunHarness(root);
    var id = failing(harness, "none");

    setStatus(harness, id, "RERUN", FIRST);

    assertThat(harness.status(id, FIRST + "_Attempt=1")).isEqualTo("FAILED");
    assertThat(harness.status(id, FIRST + "_Attempt=2")).isEqualTo("FINISHED");
    assertThat(harness.status(id, FIRST)).isEqualTo("FINISHED");
    assertThat(harness.field(id, FIRST, "errorMessage")).isEmpty();
    assertThat(harness.status(id, SECOND)).isEqualTo("FINISHED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void rerunsTheInstancesThatCascadeFailedOnTheRerunOne() {
    var harness = new RunHarness(root);
    harness.work.failing("First", 1, "bad input");
    var id =
        harness.create(
            Defs.defaults(
                text("scheduleType", "cron"),
                ref("schedule", "Hourly"),
                text("maximumRetries", "0"),
                text("failureAndRerunMode", "cascade")),
            Defs.object(
                "Hourly",
                "Schedule",
                text("period", "1 hour"),
                text("startAt", "FIRST_ACTIVATION_DATE_TIME")),
            shell("First", "one"),
            shell("Second", "two", ref("dependsOn", "First")));
    harness.start(id);
    assertThat(harness.status(id, SECOND)).isEqualTo("CASCADE_FAILED");

    setStatus(harness, id, "RERUN", FIRST);

    assertThat(harness.status(id, FIRST)).isEqualTo("FINISHED");
    assertThat(harness.status(id, SECOND)).isEqualTo("FINISHED");
    assertThat(harness.field(id, SECOND, "@cascadeFailedOn")).isEmpty();
    assertThat(harness.work.callsFor("Second")).hasSize(1);
  }

  @Test
  void refusesObjectsOfAFinishedPipeline() {
    var harness = new RunHarness(root);
    var id = failing(harness, "cascade");

    var result = harness.runner.setStatus(harness.pipeline(id), List.of(FIRST), "RERUN");

    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void letsWhatDependsOnAMarkedFinishedInstanceRun() {
    var harness = new RunHarness(root);
    var id = failing(harness, "none");

    setStatus(harness, id, "MARK_FINISHED", FIRST);

    assertThat(harness.status(id, FIRST)).isEqualTo("FINISHED");
    assertThat(harness.status(id, SECOND)).isEqualTo("FINISHED");
    assertThat(harness.work.callsFor("First")).hasSize(1);
  }

  @Test
  void cancelsAnInstanceWithTryCancel() {
    var harness = new RunHarness(root);
    var id = failing(harness, "none");

    setStatus(harness, id, "TRY_CANCEL", SECOND);

    assertThat(harness.status(id, SECOND)).isEqualTo("CANCELED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void takesAnAttemptForItsInstance() {
    var harness = new RunHarness(root);
    var id = failing(harness, "none");

    setStatus(harness, id, "RERUN", FIRST + "_Attempt=1");

    assertThat(harness.status(id, FIRST + "_Attempt=2")).isEqualTo("FINISHED");
    assertThat(harness.status(id, FIRST)).isEqualTo("FINISHED");
    assertThat(harness.status(id, SECOND)).isEqualTo("FINISHED");
  }

  @Test
  void pausesAndResumesTheWaitingInstancesOfAComponent() {
    var harness = new RunHarness(root);
    harness.work.failing("First", 1, "once");
    var id =
        harness.create(
            onDemand(), shell("First", "one"), shell("Second", "two", ref("dependsOn", "First")));
    harness.start(id);

    setStatus(harness, id, "PAUSE", "Second");
    harness.advance(Duration.ofMinutes(10));
    assertThat(harness.status(id, FIRST)).isEqualTo("FINISHED");
    assertThat(harness.status(id, SECOND)).isEqualTo("PAUSED");
    assertThat(harness.state(id)).isEqualTo("SCHEDULED");

    setStatus(harness, id, "RESUME", "Second");
    assertThat(harness.status(id, SECOND)).isEqualTo("FINISHED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void refusesAnUnknownStatusAndIdsOfTheWrongKind() {
    var harness = new RunHarness(root);
    var id = failing(harness, "none");
    var pipeline = harness.pipeline(id);

    assertThat(harness.runner.setStatus(pipeline, List.of(FIRST), "STOP").failure().message())
        .contains("Invalid status STOP");
    assertThat(harness.runner.setStatus(pipeline, List.of("First"), "RERUN").failure().message())
        .contains("Not instances")
        .contains("First");
    assertThat(harness.runner.setStatus(pipeline, List.of(FIRST), "PAUSE").failure().message())
        .contains("Not components")
        .contains(FIRST);
    assertThat(harness.status(id, FIRST)).isEqualTo("FAILED");
  }
}
