package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.TaskRunnerPoll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRunnerTimeoutTest {
  static final String JOB = "@Job_2026-11-20T22:15:00";

  @TempDir Path root;

  private String pipeline(RunHarness harness, String key, String value) {
    var id =
        harness.create(
            onDemand(text("retryDelay", "2 minutes")),
            shell("Job", "work", text("workerGroup", "wg"), text(key, value)));
    harness.start(id);
    return id;
  }

  private String poll(RunHarness harness) {
    return harness.runner.pollForTask(new TaskRunnerPoll("wg", "h")).value().orElseThrow().taskId();
  }

  @Test
  void timesOutAnAttemptWhoseRunnerStopsReportingProgress() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, "reportProgressTimeout", "5 minutes");
    poll(harness);
    harness.advance(Duration.ofMinutes(5));

    assertThat(harness.status(id, JOB + "_Attempt=1")).isEqualTo("TIMEDOUT");
    assertThat(harness.field(id, JOB + "_Attempt=1", "errorMessage"))
        .hasValueSatisfying(m -> assertThat(m).contains("reportProgressTimeout"));
    harness.advance(Duration.ofMinutes(2));
    assertThat(harness.status(id, JOB + "_Attempt=2")).isEqualTo("WAITING_FOR_RUNNER");
  }

  @Test
  void keepsAnAttemptWhoseRunnerReportsProgress() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, "reportProgressTimeout", "5 minutes");
    var task = poll(harness);
    for (int i = 0; i < 4; i++) {
      harness.advance(Duration.ofMinutes(4));
      harness.runner.reportTaskProgress(task, List.of());
    }
    harness.advance(Duration.ofMinutes(4));

    assertThat(harness.status(id, JOB + "_Attempt=1")).isEqualTo("RUNNING");
    harness.advance(Duration.ofMinutes(1));
    assertThat(harness.status(id, JOB + "_Attempt=1")).isEqualTo("TIMEDOUT");
  }

  @Test
  void timesOutAnAttemptAfterItsAttemptTimeout() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, "attemptTimeout", "20 minutes");
    var task = poll(harness);
    harness.advance(Duration.ofMinutes(10));
    harness.runner.reportTaskProgress(task, List.of());
    harness.advance(Duration.ofMinutes(10));

    assertThat(harness.status(id, JOB + "_Attempt=1")).isEqualTo("TIMEDOUT");
    assertThat(harness.field(id, JOB + "_Attempt=1", "errorMessage"))
        .hasValueSatisfying(m -> assertThat(m).contains("attemptTimeout"));
  }

  @Test
  void givesSluicesOwnWorkTheAttemptTimeoutAsItsLimit() {
    var harness = new RunHarness(root);
    harness.create(onDemand(), shell("Job", "work", text("attemptTimeout", "1 hour")));
    harness.start(harness.catalog.list(null, 1).get(0).id());

    assertThat(harness.work.calls().get(0).context().timeout()).isEqualTo(Duration.ofHours(1));
  }
}
