package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.ACTIVATION;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.expression.PipelineFixture;
import org.junit.jupiter.api.Test;

/** On demand: one period per activation, due at the activation. */
class OnDemandScheduleTest {

  private final Schedule onDemand =
      schedule(
          PipelineFixture.pipeline()
              .object("Default", "Default", "scheduleType", "ondemand")
              .object("Act", "ShellCommandActivity", "scheduleType", "ondemand"),
          "Act");

  @Test
  void isOnDemandAndNeedsNoScheduleObject() {
    assertThat(onDemand.onDemand()).isTrue();
  }

  @Test
  void itsOnePeriodStartsEndsAndRunsAtTheActivation() {
    assertThat(onDemand.due(ACTIVATION))
        .containsExactly(new Period(ACTIVATION, ACTIVATION, ACTIVATION));
    assertThat(onDemand.due(ACTIVATION.plusSeconds(86_400))).hasSize(1);
  }

  @Test
  void nothingIsDueBeforeTheActivation() {
    assertThat(onDemand.due(ACTIVATION.minusMillis(1))).isEmpty();
    assertThat(onDemand.nextDue(ACTIVATION.minusMillis(1))).contains(ACTIVATION);
  }

  @Test
  void nothingIsLeftOnceItIsDue() {
    assertThat(onDemand.nextDue(ACTIVATION)).isEmpty();
  }

  @Test
  void anOnDemandPipelineIgnoresAScheduleReference() {
    var pipeline = activity("ondemand", "period", "1 hour", "startDateTime", "2026-01-01T00:00:00");
    assertThat(schedule(pipeline, "Act").due(ACTIVATION)).hasSize(1);
  }

  @Test
  void anOnDemandScheduleObjectMakesAnOnDemandSchedule() {
    var pipeline =
        activity("cron", "period", "ONDEMAND_PERIOD", "startAt", "ONDEMAND_ACTIVATION_TIME");
    var schedule = schedule(pipeline, "Act");
    assertThat(schedule.onDemand()).isTrue();
    assertThat(schedule.due(ACTIVATION))
        .containsExactly(new Period(ACTIVATION, ACTIVATION, ACTIVATION));
  }
}
