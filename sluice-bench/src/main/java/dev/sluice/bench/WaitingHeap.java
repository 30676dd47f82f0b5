package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Many STANDARD executions waiting at once on a one-day Wait state: the heap they hold (used heap
 * after a full GC, minus the same server's before any was started) and, once Sluice's clock is
 * advanced by a day, how long until all have SUCCEEDED. Sluice runs in this JVM, so the heap is its
 * own (and the load driver's, which holds only the execution ARNs).
 */
final class WaitingHeap {
  private static final int SAMPLED = 20;

  private final BenchOptions options;
  private final Report report;
  private int executions;
  private long baselineBytes;
  private long waitingBytes;
  private double startSeconds;
  private double wakeSeconds;

  WaitingHeap(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  WaitingHeap run(Path dataDir) throws Exception {
    executions = options.waitingExecutions();
    var config = SluiceConfig.defaults().withPort(0).withDataDir(dataDir);
    try (var sluice = Sluice.create(config).start();
        var wire = new StatesWire(sluice.endpoint())) {
      var runs = new WorkflowRuns(wire);
      var machine = runs.create("sleeper", "STANDARD", BenchMachines.waitFor(86_400));
      baselineBytes = heapAfterGc();
      long begin = System.nanoTime();
      var arns = runs.startAll(machine, "s", executions, WorkflowSection.CLIENTS);
      startSeconds = (System.nanoTime() - begin) / 1e9;
      awaitWaiting(runs, arns);
      waitingBytes = heapAfterGc();
      long advanced = System.nanoTime();
      wire.advanceTime("1d");
      runs.awaitNoneRunning(machine, Duration.ofMillis(50), Duration.ofMinutes(4));
      wakeSeconds = (System.nanoTime() - advanced) / 1e9;
      int succeeded = runs.stopDates(machine, "SUCCEEDED").size();
      if (succeeded != executions) {
        throw new IOException(succeeded + " of " + executions + " waiting executions SUCCEEDED");
      }
      System.err.printf(
          "  waiting: %d executions, %.1f MiB, all SUCCEEDED %.1f s after the advance%n",
          executions, mib(waitingBytes - baselineBytes), wakeSeconds);
    }
    return this;
  }

  /** Polls a sample of the executions, spread over the start order, until each has entered Wait. */
  private static void awaitWaiting(WorkflowRuns runs, List<String> arns) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    for (int i = 0; i < SAMPLED; i++) {
      var arn = arns.get((int) ((long) (arns.size() - 1) * i / (SAMPLED - 1)));
      while (!runs.hasEvent(arn, "WaitStateEntered")) {
        if (System.nanoTime() > deadline) {
          throw new IOException(arn + " has not entered its Wait state");
        }
        Thread.sleep(50);
      }
    }
  }

  /** Used heap after two full collections, a second apart. */
  private static long heapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    Thread.sleep(1000);
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  void print() {
    long held = waitingBytes - baselineBytes;
    report.heading(3, executions + " STANDARD executions waiting on a one-day Wait");
    report.table(
        List.of("what", "measured", "target"),
        List.of(
            List.of(
                "used heap after GC, waiting minus before any start (MiB)",
                Report.number(mib(held))
                    + " (baseline "
                    + Report.number(mib(baselineBytes))
                    + " MiB, waiting "
                    + Report.number(mib(waitingBytes))
                    + " MiB)",
                executions >= 10_000
                    ? "< 512 MiB for 10,000: " + Report.verdict(mib(held) < 512)
                    : "< 512 MiB for 10,000 (quick run: fewer)"),
            List.of(
                "heap per waiting execution (KiB)", Report.number(held / 1024.0 / executions), "-"),
            List.of(
                "StartExecution of all, " + WorkflowSection.CLIENTS + " clients (s)",
                Report.number(startSeconds)
                    + " ("
                    + Report.number(executions / startSeconds)
                    + "/s)",
                "-"),
            List.of(
                "`POST /_sluice/time/advance?by=1d` to all SUCCEEDED (s)",
                Report.number(wakeSeconds) + " (" + Report.number(executions / wakeSeconds) + "/s)",
                "-")));
    report.paragraph(
        "A fresh embedded Sluice (own data directory) in the bench JVM; the baseline is its used"
            + " heap after `MemoryMXBean.gc()` (twice, a second apart) once the machine exists."
            + " After the starts, "
            + SAMPLED
            + " executions spread over the start order are polled (GetExecutionHistory) until each"
            + " shows WaitStateEntered, then the heap is measured the same way. The end of the wait"
            + " is observed by polling ListExecutions (statusFilter RUNNING) every 50 ms.");
  }
}
