package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.at;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.period;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.expression.PipelineFixture;
import org.junit.jupiter.api.Test;

/** Time series style: an instance is due at the end of its period; resources still at the start. */
class TimeseriesScheduleTest {

  @Test
  void aPeriodIsDueAtItsEnd() {
    var every30 =
        schedule(
            activity("timeseries", "period", "30 minutes", "startDateTime", "2026-11-20T22:00:00"),
            "Act");
    assertThat(every30.due(at("2026-11-20T22:29:59"))).isEmpty();
    assertThat(every30.nextDue(at("2026-11-20T22:00:00"))).contains(at("2026-11-20T22:30:00"));
    assertThat(every30.due(at("2026-11-20T22:30:00")))
        .containsExactly(
            period("2026-11-20T22:00:00", "2026-11-20T22:30:00", "2026-11-20T22:30:00"));
  }

  @Test
  void aPipelineWithoutAScheduleTypeIsTimeSeries() {
    var pipeline =
        PipelineFixture.pipeline()
            .object("Act", "ShellCommandActivity", "schedule", ref("Daily"))
            .object("Daily", "Schedule", "period", "1 day", "startDateTime", "2026-11-20T00:00:00");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-11-19T00:00:00")))
        .contains(at("2026-11-21T00:00:00"));
  }

  @Test
  void resourcesAreDueAtTheStartOfTheirPeriods() {
    var pipeline =
        activity("timeseries", "period", "1 hour", "startDateTime", "2026-11-20T00:00:00")
            .object(
                "Cluster", "EmrCluster", "scheduleType", "timeseries", "schedule", ref("Every"));
    assertThat(schedule(pipeline, "Cluster").due(at("2026-11-20T00:00:00")))
        .containsExactly(
            period("2026-11-20T00:00:00", "2026-11-20T01:00:00", "2026-11-20T00:00:00"));
    assertThat(schedule(pipeline, "Act").due(at("2026-11-20T00:00:00"))).isEmpty();
  }

  @Test
  void dataNodesFollowTheScheduleType() {
    var pipeline =
        activity("timeseries", "period", "1 hour", "startDateTime", "2026-11-20T00:00:00")
            .object("In", "S3DataNode", "scheduleType", "timeseries", "schedule", ref("Every"));
    assertThat(schedule(pipeline, "In").nextDue(at("2026-11-20T00:00:00")))
        .contains(at("2026-11-20T01:00:00"));
  }
}
