package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.ShellRunner.ShellResult;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.time.VirtualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's timeout runs on Sluice's clock: moving virtual time past it stops the command. */
class ProcessShellRunnerVirtualTimeTest {
  @TempDir Path workDir;
  private final VirtualClock clock = new VirtualClock(Instant.now(), 1, Duration.ZERO);
  private final ProcessShellRunner runner = new ProcessShellRunner(new RecordedLogs(), clock);

  @Test
  void advancingTheClockPastTheTimeoutStopsTheCommand() throws Exception {
    var started = workDir.resolve("started");
    var context = new WorkContext("df-1", "@a_1", workDir, "g", "s", Duration.ofHours(1));
    var result =
        CompletableFuture.supplyAsync(
            () -> runner.run("touch started; sleep 600", List.of(), Map.of(), context));
    for (int waits = 0; !Files.exists(started) && waits < 1_500; waits++) {
      Thread.sleep(20);
    }
    assertThat(started).exists();

    clock.advance(Duration.ofMinutes(61));

    ShellResult ended = result.get(30, TimeUnit.SECONDS);
    assertThat(ended.timedOut()).isTrue();
    assertThat(ended.exitCode()).isEqualTo(137);
  }

  @Test
  void aCommandEndingBeforeTheVirtualTimeoutIsNotTimedOut() {
    var context = new WorkContext("df-1", "@a_1", workDir, "g", "s", Duration.ofMinutes(1));

    var ended = runner.run("echo quick", List.of(), Map.of(), context);

    assertThat(ended.timedOut()).isFalse();
    assertThat(ended.exitCode()).isZero();
  }
}
