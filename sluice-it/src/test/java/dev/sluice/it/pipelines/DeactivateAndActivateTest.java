package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * DeactivatePipeline makes a scheduled pipeline INACTIVE: no new periods start while it is, and
 * activating it again resumes the periods it missed; with cancelActive its running attempt is
 * stopped and CANCELED.
 */
@ExtendWith(SluiceExtension.class)
class DeactivateAndActivateTest {
  static Pipelines pipelines;
  @TempDir static Path dir;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
  }

  @Test
  void anInactivePipelineStartsNoPeriodsAndResumesThemWhenActivated() throws Exception {
    var id =
        pipelines.run(
            "pausable",
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
            Component.shell("Tick", "true", "Machine"));
    await().atMost(Pipelines.PATIENCE).until(() -> pipelines.instancesOf(id, "Tick").size() == 1);

    pipelines.client().deactivatePipeline(b -> b.pipelineId(id).cancelActive(false));
    assertThat(pipelines.state(id)).isEqualTo("INACTIVE");
    assertThat(pipelines.description(id)).containsKey("@lastDeactivatedTime");
    pipelines.advance("20m");
    assertThat(pipelines.instancesOf(id, "Tick")).hasSize(1);

    pipelines.client().activatePipeline(b -> b.pipelineId(id));

    assertThat(pipelines.state(id)).isEqualTo("SCHEDULED");
    await()
        .atMost(Pipelines.PATIENCE)
        .untilAsserted(() -> assertThat(pipelines.instancesOf(id, "Tick")).hasSize(2));
  }

  @Test
  void deactivatingWithCancelActiveStopsTheRunningAttempt() throws Exception {
    var started = dir.resolve("long-started");
    var id =
        pipelines.run(
            "cancelable",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Long", "touch '" + started + "'; sleep 600", "Machine"));
    var instance = pipelines.instance(id, "Long");
    await().atMost(Pipelines.PATIENCE).until(() -> Files.exists(started));

    pipelines.client().deactivatePipeline(b -> b.pipelineId(id).cancelActive(true));

    pipelines.awaitStatus(id, instance, "CANCELED");
    pipelines.awaitStatus(id, instance + "_Attempt=1", "CANCELED");
    assertThat(pipelines.state(id)).isEqualTo("INACTIVE");
  }
}
