package dev.sluice.runtime.steps.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills a process and everything it started. The descendants are collected before anything is
 * killed (an orphan leaves the tree), and collected again from every process still alive, a few
 * rounds, so a child forked during the kill is caught too.
 */
final class ProcessTree {

  private static final int ROUNDS = 3;

  private ProcessTree() {}

  static void kill(ProcessHandle root) {
    Set<ProcessHandle> known = new LinkedHashSet<>();
    known.add(root);
    for (int round = 0; round < ROUNDS; round++) {
      var alive = known.stream().filter(ProcessHandle::isAlive).toList();
      alive.forEach(handle -> handle.descendants().forEach(known::add));
      var targets = known.stream().filter(ProcessHandle::isAlive).toList();
      if (targets.isEmpty()) {
        return;
      }
      targets.forEach(ProcessHandle::destroyForcibly);
    }
    awaitExit(root);
  }

  private static void awaitExit(ProcessHandle root) {
    try {
      root.onExit().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // SIGKILL was sent; the kernel reaps the process on its own
    }
  }
}
