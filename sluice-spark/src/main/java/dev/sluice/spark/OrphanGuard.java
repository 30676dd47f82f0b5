package dev.sluice.spark;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;

/**
 * Stops a Spark JVM whose Sluice is gone. Sluice starts every step's Spark JVM as its child and
 * names this class in {@code spark.extraListeners}, with its own process id in {@value #PARENT};
 * when that process ends (Sluice killed with SIGKILL) nothing reads the JVM's output or waits for
 * it any more, and a job that hangs would run forever. Twice a second the guard checks that the
 * process still runs and is still this JVM's parent; once it is not, it kills every process the JVM
 * started (streaming commands) and exits.
 */
public final class OrphanGuard extends SparkListener {

  /** The Spark setting holding the process id of the Sluice that started this JVM. */
  public static final String PARENT = "spark.sluice.parentPid";

  private static final long CHECK_MILLIS = 500;
  private static final long EXIT_GRACE_MILLIS = 5000;
  private static final AtomicBoolean WATCHING = new AtomicBoolean();

  /** Spark's constructor for listeners: starts watching (once per JVM) when a parent is named. */
  public OrphanGuard(SparkConf conf) {
    if (conf.contains(PARENT)) {
      watchParent(Long.parseLong(conf.get(PARENT)));
    }
  }

  /**
   * Starts watching {@code parent} (once per JVM, whoever asks first): for JVMs whose code runs
   * before, or without, a SparkContext (Glue jar jobs).
   */
  public static void watchParent(long parent) {
    if (WATCHING.compareAndSet(false, true)) {
      Thread.ofPlatform().daemon().name("sluice-orphan-guard").start(() -> watch(parent));
    }
  }

  private static void watch(long parent) {
    Optional<ProcessHandle> handle = ProcessHandle.of(parent);
    while (handle.isPresent() && handle.get().isAlive() && isParent(parent)) {
      try {
        Thread.sleep(CHECK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
    stop(parent);
  }

  private static boolean isParent(long pid) {
    return ProcessHandle.current().parent().map(p -> p.pid() == pid).orElse(false);
  }

  private static void stop(long parent) {
    System.err.println(
        "Sluice: the Sluice process " + parent + " that started this Spark JVM is gone; stopping");
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                Thread.sleep(EXIT_GRACE_MILLIS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Runtime.getRuntime().halt(143);
            });
    System.exit(143);
  }
}
