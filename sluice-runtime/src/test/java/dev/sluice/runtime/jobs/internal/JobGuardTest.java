package dev.sluice.runtime.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.runtime.steps.internal.ProcessTree;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard Python jobs run under stops the job's processes once the process that started it (a
 * shell standing in for Sluice) is killed.
 */
class JobGuardTest {

  private static final String JOB =
      "import os, subprocess, time; c = subprocess.Popen(['sleep', '300']);"
          + " print(os.getpid(), c.pid, flush=True); time.sleep(300)";

  @TempDir Path temp;

  @Test
  void aKilledStarterTakesTheJobAndItsChildrenWithIt() throws Exception {
    var guard = new GluePythonLibrary(temp).install().value().guard();
    var starter =
        new ProcessBuilder("sh", "-c", "python3 " + guard + " $$ python3 -c \"" + JOB + "\" & wait")
            .redirectErrorStream(true)
            .start();
    List<Long> pids;
    try (var out =
        new BufferedReader(
            new InputStreamReader(starter.getInputStream(), StandardCharsets.UTF_8))) {
      pids = Arrays.stream(out.readLine().split(" ")).map(Long::parseLong).toList();
      try {
        assertThat(pids).allMatch(JobGuardTest::runs);

        starter.destroyForcibly().waitFor(5, TimeUnit.SECONDS);

        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pids.stream().anyMatch(JobGuardTest::runs) && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(pids).noneMatch(JobGuardTest::runs);
      } finally {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessTree::kill));
      }
    }
  }

  private static boolean runs(long pid) {
    return ProcessHandle.of(pid).map(ProcessTree::running).orElse(false);
  }
}
