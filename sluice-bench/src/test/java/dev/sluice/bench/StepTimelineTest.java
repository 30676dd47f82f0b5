package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTimelineTest {
  private static final long ACTIVATED = 1_700_000_000_000L;

  @Test
  void readsLaunchFirstTaskAndSparkTimeAgainstActivation() {
    var timeline =
        StepTimeline.of(
            ACTIVATED,
            List.of(
                line(150, "Sluice: starting Spark (master local[2], driver memory 1g)"),
                line(3_100, "26/11/21 09:36:19 INFO mapreduce.Job:  map 0% reduce 0%"),
                line(3_400, "INFO Executor: Running task 0.0 in stage 0.0 (TID 0)"),
                line(3_200, "INFO TaskSetManager: Starting task 0.0 in stage 0.0 (TID 0)"),
                line(3_300, "INFO TaskSetManager: Starting task 1.0 in stage 0.0 (TID 1)"),
                line(9_000, "Sluice: Spark ended with exit code 0 after 8750 ms")));

    assertThat(timeline).isEqualTo(new StepTimeline(0.15, 3.2, "Starting task", 8.75));
  }

  @Test
  void prefersTheLaunchersFirstTaskLine() {
    var timeline =
        StepTimeline.of(
            ACTIVATED,
            List.of(
                line(3_200, "INFO TaskSetManager: Starting task 0.0 in stage 0.0 (TID 0)"),
                line(3_210, "Sluice: first Spark task started after 2950 ms")));

    assertThat(timeline.toFirstTask()).isEqualTo(3.21);
    assertThat(timeline.firstTaskMarker()).isEqualTo("Sluice: first Spark task started after");
  }

  @Test
  void fallsBackOnTheFirstHadoopStyleProgressLine() {
    var timeline =
        StepTimeline.of(
            ACTIVATED,
            List.of(
                line(2_000, "26/11/21 09:36:19 INFO mapreduce.Job: Running job: job_1_0001"),
                line(2_050, "26/11/21 09:36:19 INFO mapreduce.Job:  map 0% reduce 0%")));

    assertThat(timeline.toFirstTask()).isEqualTo(2.05);
    assertThat(timeline.firstTaskMarker()).isEqualTo("map 0% reduce 0%");
  }

  @Test
  void leavesOutWhatTheLogDoesNotSay() {
    var timeline =
        StepTimeline.of(ACTIVATED, List.of(line(10, "Sluice: Spark ended with exit code 1")));

    assertThat(timeline.toLaunch()).isNaN();
    assertThat(timeline.toFirstTask()).isNaN();
    assertThat(timeline.firstTaskMarker()).isNull();
    assertThat(timeline.sparkJvm()).isNaN();
  }

  private static StepTimeline.Line line(long after, String message) {
    return new StepTimeline.Line(ACTIVATED + after, message);
  }
}
