package dev.sluice.core.pipelines.run.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The attempts this node is running, by pipeline and attempt id, so they can be interrupted. */
public final class RunningAttempts {
  private final Map<String, Thread> threads = new ConcurrentHashMap<>();

  /** Registers the current thread; false when the attempt already runs here. */
  public boolean enter(String pipelineId, String attemptId) {
    return threads.putIfAbsent(key(pipelineId, attemptId), Thread.currentThread()) == null;
  }

  public void leave(String pipelineId, String attemptId) {
    threads.remove(key(pipelineId, attemptId), Thread.currentThread());
  }

  public boolean runs(String pipelineId, String attemptId) {
    return threads.containsKey(key(pipelineId, attemptId));
  }

  /** Interrupts the threads of those attempts that run on this node. */
  public void interrupt(String pipelineId, Collection<String> attemptIds) {
    for (var attemptId : attemptIds) {
      var thread = threads.get(key(pipelineId, attemptId));
      if (thread != null) {
        thread.interrupt();
      }
    }
  }

  private static String key(String pipelineId, String attemptId) {
    return pipelineId + "\n" + attemptId;
  }
}
