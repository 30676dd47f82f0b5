package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.alarm;
import static dev.sluice.core.pipelines.run.Defs.defaults;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.TopicMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LateActionTest {
  static final String SLOW = "@Slow_2026-11-20T22:15:00";

  @TempDir Path root;

  private String pipeline(RunHarness harness, String action) {
    var id =
        harness.create(
            defaults(text("scheduleType", "cron"), ref("schedule", "Daily")),
            object(
                "Daily",
                "Schedule",
                text("period", "1 day"),
                text("startAt", "FIRST_ACTIVATION_DATE_TIME")),
            shell(
                "Slow",
                "sleep",
                text("workerGroup", "wg"),
                text("lateAfterTimeout", "30 minutes"),
                ref("onLateAction", action)),
            alarm("Late", "Slow is late", "#{node.@scheduledStartTime} is still #{node.@status}"),
            object("Stop", "Terminate"));
    harness.start(id);
    return id;
  }

  @Test
  void publishesTheLateAlarmOnceWhenTheInstanceHasNotEndedInTime() {
    var harness = new RunHarness(root);
    pipeline(harness, "Late");
    harness.advance(Duration.ofMinutes(29));
    assertThat(harness.alarms()).isEmpty();

    harness.advance(Duration.ofHours(2));
    assertThat(harness.alarms())
        .containsExactly(
            new TopicMessage("Slow is late", "2026-11-20T22:15:00 is still WAITING_FOR_RUNNER"));
  }

  @Test
  void cancelsTheLateInstanceWithTerminate() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, "Stop");
    harness.advance(Duration.ofMinutes(30));

    assertThat(harness.status(id, SLOW)).isEqualTo("CANCELED");
    assertThat(harness.status(id, SLOW + "_Attempt=1")).isEqualTo("CANCELED");
    assertThat(harness.field(id, SLOW, "cancellationReason")).contains("Terminated by Stop");
  }

  @Test
  void doesNothingForAnInstanceThatEndedInTime() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, "Late");
    var task =
        harness
            .runner
            .pollForTask(new dev.sluice.core.pipelines.TaskRunnerPoll("wg", "h"))
            .value()
            .orElseThrow();
    harness.runner.setTaskStatus(
        new dev.sluice.core.pipelines.TaskStatusInput(task.taskId(), "FINISHED", null, null, null));
    harness.advance(Duration.ofHours(1));

    assertThat(harness.alarms()).isEmpty();
    assertThat(harness.status(id, SLOW)).isEqualTo("FINISHED");
  }
}
