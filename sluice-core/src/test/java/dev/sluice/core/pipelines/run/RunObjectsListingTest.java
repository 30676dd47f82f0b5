package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunObjectsListingTest {
  @TempDir Path root;

  @Test
  void showsOnlyTheCurrentRunNamedByTheirIds() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));
    harness.start(id);
    harness.clock.advance(Duration.ofHours(1));
    harness.runner.rerun(harness.pipeline(id));
    harness.run();

    var objects = harness.runner.runObjects(harness.pipeline(id));

    assertThat(objects)
        .extracting(PipelineObject::id)
        .containsExactly(
            "@Step_2026-11-20T23:15:00",
            "@Box_2026-11-20T23:15:00",
            "@Step_2026-11-20T23:15:00_Attempt=1");
    assertThat(objects).allMatch(o -> o.name().equals(o.id()));
    assertThat(harness.catalog.runObjects(id)).hasSize(6);
  }

  @Test
  void showsNothingBeforeTheFirstActivation() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));

    assertThat(harness.runner.runObjects(harness.pipeline(id))).isEmpty();
  }
}
