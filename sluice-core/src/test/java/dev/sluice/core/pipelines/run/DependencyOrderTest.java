package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkOutcome;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyOrderTest {
  @TempDir Path root;

  @Test
  void startsAnActivityOnlyAfterWhatItDependsOnFinished() {
    var harness = new RunHarness(root);
    var seen = new AtomicReference<String>();
    harness.work.custom(
        call -> {
          if (call.component().equals("Load")) {
            seen.set(
                harness
                    .catalog
                    .runObject(call.context().pipelineId(), "@Extract_2026-11-20T22:15:00")
                    .orElseThrow()
                    .status());
          }
          return null;
        });
    var id =
        harness.create(
            onDemand(),
            shell("Load", "load", ref("dependsOn", "Transform")),
            shell("Transform", "transform", ref("dependsOn", "Extract")),
            shell("Extract", "extract"));
    harness.start(id);

    assertThat(harness.work.calls())
        .extracting(ScriptedWork.Call::component)
        .containsExactly("Extract", "Transform", "Load");
    assertThat(seen.get()).isEqualTo("FINISHED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void keepsTheDependentWaitingWhileTheFirstRetries() {
    var harness = new RunHarness(root);
    harness.work.then("Extract", WorkOutcome.failure("not yet", null));
    var id =
        harness.create(
            onDemand(),
            shell("Load", "load", ref("dependsOn", "Extract")),
            shell("Extract", "extract"));
    harness.start(id);

    assertThat(harness.status(id, "@Load_2026-11-20T22:15:00"))
        .isEqualTo("WAITING_ON_DEPENDENCIES");
    harness.advance(java.time.Duration.ofMinutes(10));
    assertThat(harness.status(id, "@Load_2026-11-20T22:15:00")).isEqualTo("FINISHED");
  }

  @Test
  void chainsActivitiesThroughTheDataNodeOneWritesAndTheOtherReads() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            shell("Read", "wc -l", ref("input", "Staged")),
            node("Staged", "s3://bucket/staged/"),
            shell("Write", "produce", ref("output", "Staged")));
    harness.start(id);

    assertThat(harness.work.calls())
        .extracting(ScriptedWork.Call::component)
        .containsExactly("Write", "Read");
    assertThat(harness.status(id, "@Staged_2026-11-20T22:15:00")).isEqualTo("FINISHED");
  }
}
