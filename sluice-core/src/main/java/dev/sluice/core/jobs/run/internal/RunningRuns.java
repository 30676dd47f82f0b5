package dev.sluice.core.jobs.run.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The runs this runner is delivering right now, by job name and run id. */
public final class RunningRuns {
  private final Set<String> runs = ConcurrentHashMap.newKeySet();

  /** False when the run is already being delivered here. */
  public boolean enter(String jobName, String runId) {
    return runs.add(key(jobName, runId));
  }

  public void leave(String jobName, String runId) {
    runs.remove(key(jobName, runId));
  }

  private static String key(String jobName, String runId) {
    return jobName + "\n" + runId;
  }
}
