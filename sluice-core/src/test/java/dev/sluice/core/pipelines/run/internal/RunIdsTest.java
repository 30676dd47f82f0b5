package dev.sluice.core.pipelines.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunIdsTest {
  static final Instant START = Instant.parse("2026-11-20T22:15:00.789Z");

  @Test
  void namesInstancesAndAttemptsAsDataPipelineDoes() {
    var instance = RunIds.instanceId("WordCount", START);
    assertThat(instance).isEqualTo("@WordCount_2026-11-20T22:15:00");
    assertThat(RunIds.attemptId(instance, 3)).isEqualTo("@WordCount_2026-11-20T22:15:00_Attempt=3");
    assertThat(RunIds.attemptNumber(RunIds.attemptId(instance, 12))).isEqualTo(12);
  }

  @Test
  void makesLogStreamNamesCloudWatchAccepts() {
    assertThat(RunIds.logStream("My:Odd*Step", START, "attempt-1"))
        .isEqualTo("My_Odd_Step/2026-11-20T22-15-00/attempt-1")
        .doesNotContain(":")
        .doesNotContain("*");
  }

  @Test
  void keepsWorkDirectoriesUnderTheRoot() {
    var root = Path.of("/work/root");
    assertThat(RunIds.workDir(root, "df-1", "@A_2026-11-20T22:15:00_Attempt=1"))
        .isEqualTo(root.resolve("df-1").resolve("_A_2026-11-20T22_15_00_Attempt_1"));
    assertThat(RunIds.workDir(root, "df-1", "../../etc"))
        .isEqualTo(root.resolve("df-1").resolve(".._.._etc"));
    assertThat(RunIds.workDir(root, "df-1", "..")).isEqualTo(root.resolve("df-1").resolve("_.."));
    assertThat(RunIds.workDir(root, "..", "x").normalize().startsWith(root)).isTrue();
  }

  @Test
  void handsOutLongTaskIdsThatDoNotRepeat() {
    var first = RunIds.newTaskId();
    assertThat(first).hasSize(64).isNotEqualTo(RunIds.newTaskId());
  }
}
