package dev.sluice.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.run.JobLogs;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.runtime.steps.internal.ProcessTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a run kills its process and everything that process started. */
class JobStopTest {

  private static final String SLEEPER =
      """
      import os, subprocess, time
      child = subprocess.Popen(["sleep", "300"])
      print("pids", os.getpid(), child.pid)
      time.sleep(300)
      """;

  @TempDir Path temp;

  @Test
  void stopKillsASleepingJobAndItsChildQuickly() throws Exception {
    var fixture = new JobFixture(temp);
    var script = Files.writeString(temp.resolve("sleeper.py"), SLEEPER);
    var running =
        fixture
            .launcher()
            .start(
                JobFixture.launch(
                    JobCommand.PYTHON_SHELL, script.toString(), Map.of(), JobFixture.PYTHON_LOGS))
            .value();
    var pids = pids(fixture, running);

    var started = System.nanoTime();
    var exit = running.stop();

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
    assertThat(exit.succeeded()).isFalse();
    assertThat(exit.errorMessage()).isNull();
    assertThat(pids).noneMatch(JobStopTest::runs);
    assertThat(running.await(Duration.ZERO)).isEqualTo(exit);
    assertThat(fixture.workRoot.resolve("runs")).isEmptyDirectory();
    assertThat(fixture.logs.messages(JobLogs.PYTHON_ERROR, JobFixture.RUN_ID))
        .contains("Sluice: stopping the job run");
  }

  /** The job's and its child's process ids, once the job printed them (null meanwhile). */
  private static List<Long> pids(JobFixture fixture, RunningJob running) throws Exception {
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      assertThat(running.await(Duration.ofMillis(100))).as("the job still runs").isNull();
      var printed =
          fixture.logs.messages(JobLogs.PYTHON_OUTPUT, JobFixture.RUN_ID).stream()
              .filter(line -> line.startsWith("pids "))
              .findFirst();
      if (printed.isPresent()) {
        var parts = printed.get().split(" ");
        return List.of(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
      }
    }
    throw new AssertionError("the job printed no process ids");
  }

  private static boolean runs(long pid) {
    return ProcessHandle.of(pid).map(ProcessTree::running).orElse(false);
  }
}
