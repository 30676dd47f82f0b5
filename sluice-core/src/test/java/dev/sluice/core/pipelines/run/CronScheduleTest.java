package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.defaults;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CronScheduleTest {
  @TempDir Path root;

  private String every15Minutes(RunHarness harness, Field... scheduleFields) {
    var fields = new ArrayList<Field>();
    fields.add(text("period", "15 minutes"));
    fields.add(text("startAt", "FIRST_ACTIVATION_DATE_TIME"));
    fields.addAll(List.of(scheduleFields));
    return harness.create(
        defaults(text("scheduleType", "cron"), ref("schedule", "Every15")),
        object("Every15", "Schedule", fields.toArray(Field[]::new)),
        shell("Tick", "date"));
  }

  @Test
  void makesOneInstancePerPeriodAsTimePasses() {
    var harness = new RunHarness(root);
    var id = every15Minutes(harness);
    harness.start(id);
    harness.advance(Duration.ofMinutes(46));

    assertThat(harness.ids(id, "Tick"))
        .filteredOn(i -> !i.contains("Attempt"))
        .containsExactly(
            "@Tick_2026-11-20T22:15:00",
            "@Tick_2026-11-20T22:30:00",
            "@Tick_2026-11-20T22:45:00",
            "@Tick_2026-11-20T23:00:00");
    assertThat(harness.work.callsFor("Tick")).hasSize(4);
    assertThat(harness.field(id, "@Tick_2026-11-20T22:30:00", "@scheduledEndTime"))
        .contains("2026-11-20T22:45:00");
  }

  @Test
  void keepsThePipelineScheduledWithItsNextRunTime() {
    var harness = new RunHarness(root);
    var id = every15Minutes(harness);
    harness.start(id);
    harness.advance(Duration.ofMinutes(20));

    assertThat(harness.state(id)).isEqualTo("SCHEDULED");
    assertThat(harness.pipeline(id).runtimeFields())
        .containsEntry("@nextRunTime", "2026-11-20T22:45:00")
        .containsEntry("@latestRunTime", "2026-11-20T22:30:00");
  }

  @Test
  void commitsTheAdvanceForTheNextPeriodOnce() {
    var harness = new RunHarness(root);
    var id = every15Minutes(harness);
    harness.start(id);
    harness.advance(Duration.ofMinutes(60));

    var next = java.time.Instant.parse("2026-11-20T23:30:00Z");
    assertThat(harness.events(PipelineEvents.ADVANCE))
        .filteredOn(e -> e.due().equals(next))
        .hasSize(1);
    assertThat(harness.events(PipelineEvents.ADVANCE))
        .filteredOn(e -> e.due().isAfter(next))
        .isEmpty();
  }

  @Test
  void finishesAfterTheLastOccurrence() {
    var harness = new RunHarness(root);
    var id = every15Minutes(harness, text("occurrences", "3"));
    harness.start(id);
    harness.advance(Duration.ofHours(2));

    assertThat(harness.work.callsFor("Tick")).hasSize(3);
    assertThat(harness.state(id)).isEqualTo("FINISHED");
    assertThat(harness.pipeline(id).runtimeFields())
        .containsEntry("@finishedTime", "2026-11-20T22:45:00")
        .doesNotContainKey("@nextRunTime");
  }

  @Test
  void catchesUpOnPeriodsThatStartedBeforeActivation() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            defaults(text("scheduleType", "timeseries"), ref("schedule", "Hourly")),
            object(
                "Hourly",
                "Schedule",
                text("period", "1 hour"),
                text("startDateTime", "2026-11-20T19:00:00")),
            shell("Tick", "date"));
    harness.start(id);

    assertThat(harness.ids(id, "Tick"))
        .filteredOn(i -> !i.contains("Attempt"))
        .containsExactly(
            "@Tick_2026-11-20T19:00:00", "@Tick_2026-11-20T20:00:00", "@Tick_2026-11-20T21:00:00");
    assertThat(harness.pipeline(id).runtimeFields())
        .containsEntry("@nextRunTime", "2026-11-20T23:00:00");
  }
}
