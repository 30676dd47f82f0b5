package dev.sluice.runtime.steps.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Kills a process and everything it started. The descendants are collected before anything is
 * killed (an orphan leaves the tree), and collected again from every process still alive, a few
 * rounds, so a child forked during the kill is caught too; then waits until none runs any more.
 */
public final class ProcessTree {

  private static final int ROUNDS = 3;
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private ProcessTree() {}

  public static void kill(ProcessHandle root) {
    Set<ProcessHandle> known = new LinkedHashSet<>();
    known.add(root);
    for (int round = 0; round < ROUNDS; round++) {
      var alive = known.stream().filter(ProcessTree::running).toList();
      alive.forEach(handle -> handle.descendants().forEach(known::add));
      known.stream().filter(ProcessTree::running).forEach(ProcessHandle::destroyForcibly);
    }
    awaitEnd(known);
  }

  /**
   * True while the process runs: a killed orphan stays a zombie until the system reaps it (which
   * can take a second in a container), but it no longer runs.
   */
  public static boolean running(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return false;
    }
    try {
      var stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
      var state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | IndexOutOfBoundsException e) {
      return handle.isAlive();
    }
  }

  private static void awaitEnd(Set<ProcessHandle> killed) {
    var deadline = System.nanoTime() + WAIT_NANOS;
    while (killed.stream().anyMatch(ProcessTree::running) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
