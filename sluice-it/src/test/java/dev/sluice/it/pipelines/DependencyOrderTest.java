package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dependsOn}: an activity waits (WAITING_ON_DEPENDENCIES) while the one it depends on runs,
 * and starts only after that one finished: its @actualStartTime is not before the other's
 *
 * @actualEndTime and it sees what the other left behind.
 */
@ExtendWith(SluiceExtension.class)
class DependencyOrderTest {
  static Pipelines pipelines;
  @TempDir static Path dir;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
  }

  @Test
  void theDependentActivityStartsAfterTheFirstFinished() throws Exception {
    var go = dir.resolve("go");
    var first = dir.resolve("first-done");
    var id =
        pipelines.run(
            "ordered",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell(
                "First",
                "while [ ! -f '" + go + "' ]; do sleep 0.1; done; sleep 1; touch '" + first + "'",
                "Machine"),
            Component.shell("Second", "test -f '" + first + "'", "Machine")
                .with("maximumRetries", "0")
                .ref("dependsOn", "First"));
    var firstInstance = pipelines.instance(id, "First");
    var secondInstance = pipelines.instance(id, "Second");

    pipelines.awaitStatus(id, firstInstance, "RUNNING");
    assertThat(pipelines.status(id, secondInstance)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(pipelines.fields(id, secondInstance)).doesNotContainKey("@actualStartTime");
    Files.createFile(go);

    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.status(id, firstInstance)).isEqualTo("FINISHED");
    assertThat(pipelines.status(id, secondInstance)).isEqualTo("FINISHED");
    var firstEnd = pipelines.time(id, firstInstance, "@actualEndTime");
    var firstStart = pipelines.time(id, firstInstance, "@actualStartTime");
    var secondStart = pipelines.time(id, secondInstance, "@actualStartTime");
    assertThat(firstEnd).isAfter(firstStart);
    assertThat(secondStart).isAfterOrEqualTo(firstEnd);
  }

  @Test
  void anActivityDependingOnTwoWaitsForBoth() throws Exception {
    var go = dir.resolve("go-slow");
    var id =
        pipelines.run(
            "fan-in",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Fast", "touch '" + dir.resolve("fast") + "'", "Machine"),
            Component.shell(
                "Slow",
                "while [ ! -f '"
                    + go
                    + "' ]; do sleep 0.1; done; touch '"
                    + dir.resolve("slow")
                    + "'",
                "Machine"),
            Component.shell(
                    "Join",
                    "test -f '"
                        + dir.resolve("fast")
                        + "' && test -f '"
                        + dir.resolve("slow")
                        + "'",
                    "Machine")
                .with("maximumRetries", "0")
                .ref("dependsOn", "Fast")
                .ref("dependsOn", "Slow"));
    var fast = pipelines.instance(id, "Fast");
    var join = pipelines.instance(id, "Join");

    pipelines.awaitStatus(id, fast, "FINISHED");
    assertThat(pipelines.status(id, join)).isEqualTo("WAITING_ON_DEPENDENCIES");
    Files.createFile(go);

    pipelines.awaitStatus(id, join, "FINISHED");
    assertThat(pipelines.time(id, join, "@actualStartTime"))
        .isAfterOrEqualTo(pipelines.time(id, pipelines.instance(id, "Slow"), "@actualEndTime"));
  }
}
