package dev.sluice.it.jobs.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * The processes of one job run anywhere on the machine, found by the run's id, which Sluice passes
 * to the job's script ({@code --JOB_RUN_ID jr_...}) and so to the guard that started it.
 */
final class JobProcesses {
  private JobProcesses() {}

  /** The live processes with {@code runId} among their arguments. */
  static List<ProcessHandle> of(String runId) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().filter(a -> Arrays.asList(a).contains(runId)).isPresent())
        .toList();
  }

  /** The live processes of {@code runId} that run {@code script} (its file name). */
  static List<ProcessHandle> running(String runId, String script) {
    return of(runId).stream()
        .filter(
            p ->
                p.info()
                    .arguments()
                    .filter(a -> a.length > 0 && a[0].endsWith("/" + script))
                    .isPresent())
        .toList();
  }
}
