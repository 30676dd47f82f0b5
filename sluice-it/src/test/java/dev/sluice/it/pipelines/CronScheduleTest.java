package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cron Schedule (period 15 minutes, startAt FIRST_ACTIVATION_DATE_TIME, occurrences 3) makes one
 * instance per period as Sluice's clock reaches it (moved here with virtual time), scheduled 15
 * minutes apart, and no more than three; then the pipeline is FINISHED.
 */
@ExtendWith(SluiceExtension.class)
class CronScheduleTest {
  static Pipelines pipelines;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
  }

  @Test
  void threeOccurrencesMakeThreeInstancesFifteenMinutesApart() throws Exception {
    var id =
        pipelines.run(
            "quarter-hourly",
            Component.of("Default")
                .with("scheduleType", "cron")
                .ref("schedule", "Every15")
                .with("role", "DataPipelineDefaultRole")
                .with("resourceRole", "DataPipelineDefaultResourceRole"),
            Component.of("Every15", "Schedule")
                .with("period", "15 minutes")
                .with("startAt", "FIRST_ACTIVATION_DATE_TIME")
                .with("occurrences", "3"),
            Component.ec2("Machine"),
            Component.shell("Tick", "echo tick #{@scheduledStartTime}", "Machine"));

    awaitFinishedTicks(id, 1);
    assertThat(pipelines.state(id)).isEqualTo("SCHEDULED");
    pipelines.advance("15m");
    awaitFinishedTicks(id, 2);
    pipelines.advance("15m");
    awaitFinishedTicks(id, 3);

    pipelines.awaitState(id, "FINISHED");
    pipelines.advance("15m");
    assertThat(pipelines.instancesOf(id, "Tick")).hasSize(3);
    var starts =
        pipelines.instancesOf(id, "Tick").stream()
            .map(i -> pipelines.time(id, i, "@scheduledStartTime"))
            .sorted()
            .toList();
    assertThat(Duration.between(starts.get(0), starts.get(1))).isEqualTo(Duration.ofMinutes(15));
    assertThat(Duration.between(starts.get(1), starts.get(2))).isEqualTo(Duration.ofMinutes(15));
    var first = pipelines.instancesOf(id, "Tick").get(0);
    assertThat(pipelines.time(id, first, "@scheduledEndTime"))
        .isEqualTo(pipelines.time(id, first, "@scheduledStartTime").plus(Duration.ofMinutes(15)));
  }

  private static void awaitFinishedTicks(String id, int count) {
    await()
        .atMost(Pipelines.PATIENCE)
        .untilAsserted(
            () -> {
              List<String> ticks = pipelines.instancesOf(id, "Tick");
              assertThat(ticks).hasSize(count);
              assertThat(ticks).allMatch(t -> "FINISHED".equals(pipelines.status(id, t)));
            });
  }
}
