package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeFailureTest {
  static final String FIRST = "@First_2026-11-20T22:15:00";
  static final String SECOND = "@Second_2026-11-20T22:15:00";
  static final String THIRD = "@Third_2026-11-20T22:15:00";
  static final String MIDDLE = "@Middle_2026-11-20T22:15:00";

  @TempDir Path root;

  private String chain(RunHarness harness, PipelineObject defaults) {
    harness.work.failing("First", 1, "broken");
    return harness.create(
        defaults,
        shell("First", "exit 1", ref("output", "Middle")),
        node("Middle", "s3://bucket/middle/"),
        shell("Second", "cat", ref("input", "Middle")),
        shell("Third", "echo", ref("dependsOn", "Second")),
        Defs.alarm("Alarm", "cascaded", "#{node.@status} on #{node.@scheduledStartTime}"));
  }

  @Test
  void cascadesAFailureToEveryConsumerInCascadeMode() {
    var harness = new RunHarness(root);
    var id =
        chain(
            harness, onDemand(text("failureAndRerunMode", "CASCADE"), text("maximumRetries", "0")));
    harness.start(id);

    assertThat(harness.status(id, FIRST)).isEqualTo("FAILED");
    assertThat(harness.status(id, MIDDLE)).isEqualTo("CASCADE_FAILED");
    assertThat(harness.field(id, MIDDLE, "@cascadeFailedOn")).contains(FIRST);
    assertThat(harness.status(id, SECOND)).isEqualTo("CASCADE_FAILED");
    assertThat(harness.field(id, SECOND, "@cascadeFailedOn")).contains(MIDDLE);
    assertThat(harness.status(id, THIRD)).isEqualTo("CASCADE_FAILED");
    assertThat(harness.work.callsFor("Second")).isEmpty();
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void runsOnFailOfTheObjectsThatCascadeFailed() {
    var harness = new RunHarness(root);
    var id =
        chain(
            harness,
            onDemand(
                text("failureAndRerunMode", "cascade"),
                text("maximumRetries", "0"),
                ref("onFail", "Alarm")));
    harness.start(id);

    assertThat(harness.alarms())
        .extracting(m -> m.message())
        .containsExactlyInAnyOrder(
            "FAILED on 2026-11-20T22:15:00",
            "CASCADE_FAILED on 2026-11-20T22:15:00",
            "CASCADE_FAILED on 2026-11-20T22:15:00",
            "CASCADE_FAILED on 2026-11-20T22:15:00");
  }

  @Test
  void leavesConsumersWaitingWithoutCascadeAndThePipelineScheduled() {
    var harness = new RunHarness(root);
    var id = chain(harness, onDemand(text("maximumRetries", "0")));
    harness.start(id);

    assertThat(harness.status(id, FIRST)).isEqualTo("FAILED");
    assertThat(harness.status(id, MIDDLE)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.status(id, SECOND)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.status(id, THIRD)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.state(id)).isEqualTo("SCHEDULED");
    assertThat(harness.pipeline(id).runtimeFields())
        .containsEntry("@healthStatus", "ERROR")
        .containsEntry("@healthStatusFromInstanceId", FIRST);
  }
}
