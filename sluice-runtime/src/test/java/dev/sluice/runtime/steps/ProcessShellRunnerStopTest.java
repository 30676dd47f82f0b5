package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.ShellRunner.ShellResult;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.runtime.steps.internal.ProcessTree;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessShellRunnerStopTest {

  /** Starts two background sleeps and a foreground one, printing every pid. */
  private static final String TREE =
      "echo $$; sleep 60 & echo $!; (sleep 60; true) & echo $!; sleep 60";

  @TempDir Path workDir;
  private final RecordedLogs logs = new RecordedLogs();
  private final ProcessShellRunner runner = new ProcessShellRunner(logs);

  private WorkContext context(Duration timeout) {
    return new WorkContext("df-1", "@a_1", workDir, "g", "s", timeout);
  }

  /** The pids the command printed, each with whether it still runs. */
  private static List<Boolean> stillRunning(ShellResult result) {
    return result
        .stdout()
        .lines()
        .map(Long::parseLong)
        .map(pid -> ProcessHandle.of(pid).map(ProcessTree::running).orElse(false))
        .toList();
  }

  @Test
  void theTimeoutKillsTheCommandAndEverythingItStarted() {
    var started = System.nanoTime();
    var result = runner.run(TREE, List.of(), Map.of(), context(Duration.ofSeconds(1)));

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);
    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(stillRunning(result)).containsExactly(false, false, false);
  }

  private record Interrupted(ShellResult result, boolean flagKept) {}

  @Test
  void anInterruptKillsTheCommandAndEverythingItStarted() throws Exception {
    var future = new CompletableFuture<Interrupted>();
    var thread =
        Thread.ofPlatform()
            .start(
                () -> {
                  var result = runner.run(TREE, List.of(), Map.of(), context(null));
                  future.complete(new Interrupted(result, Thread.currentThread().isInterrupted()));
                });
    Thread.sleep(700);
    thread.interrupt();

    var interrupted = future.get(10, TimeUnit.SECONDS);

    assertThat(interrupted.flagKept()).isTrue();
    assertThat(interrupted.result().timedOut()).isFalse();
    assertThat(interrupted.result().exitCode()).isEqualTo(137);
    assertThat(stillRunning(interrupted.result())).containsExactly(false, false, false);
  }
}
