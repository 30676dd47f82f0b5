package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceLifecycleTest {
  static final String BOX = "@Box_2026-11-20T22:15:00";

  @TempDir Path root;

  @Test
  void showsTheResourceRunningWhileItsActivitiesRunAndFinishedAfter() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            shell("One", "one", ref("runsOn", "Box")),
            shell("Two", "two", ref("runsOn", "Box"), ref("dependsOn", "One")),
            Defs.ec2("Box"));
    harness.activate(id);
    harness.step();

    assertThat(harness.status(id, BOX)).isEqualTo("RUNNING");
    assertThat(harness.field(id, BOX, "@actualStartTime")).contains("2026-11-20T22:15:00");
    assertThat(harness.field(id, BOX, "instanceType")).contains("t1.micro");

    harness.step();
    harness.step();
    assertThat(harness.status(id, "@One_2026-11-20T22:15:00")).isEqualTo("FINISHED");
    assertThat(harness.status(id, BOX)).isEqualTo("RUNNING");

    harness.run();
    assertThat(harness.status(id, BOX)).isEqualTo("FINISHED");
    assertThat(harness.ids(id)).containsOnlyOnce(BOX);
  }

  @Test
  void sharesOneResourceInstanceBetweenTheActivitiesOfAPeriod() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            shell("One", "one", ref("runsOn", "Box")),
            shell("Two", "two", ref("runsOn", "Box")),
            Defs.ec2("Box"));
    harness.start(id);

    assertThat(harness.ids(id)).filteredOn(i -> i.startsWith("@Box")).containsExactly(BOX);
    assertThat(harness.field(id, "@One_2026-11-20T22:15:00", "runsOn")).contains(BOX);
    assertThat(harness.field(id, "@Two_2026-11-20T22:15:00", "runsOn")).contains(BOX);
  }
}
