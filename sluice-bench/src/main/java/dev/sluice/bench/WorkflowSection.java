package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Section 5: Step Functions. Durable standard transitions per second beside the store's raw commit
 * rate; StartSyncExecution of an express machine beside DescribeStateMachine; the heap that
 * executions waiting on a Wait state hold ({@link WaitingHeap}).
 */
final class WorkflowSection {
  static final int CLIENTS = 16;
  private static final int EXPRESS_STATES = 5;

  private final BenchOptions options;
  private final Report report;
  private final List<List<String>> rows = new ArrayList<>();

  WorkflowSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "5. Workflows: durable transitions, express executions, waiting heap");
    var config = SluiceConfig.defaults().withPort(0).withDataDir(workDir.resolve("workflows"));
    try (var sluice = Sluice.create(config).start();
        var wire = new StatesWire(sluice.endpoint())) {
      var runs = new WorkflowRuns(wire);
      durable(runs, workDir);
      express(runs, wire);
    }
    var heap = new WaitingHeap(options, report).run(workDir.resolve("workflows-waiting"));
    report.table(List.of("what", "measured", "baseline (same run)", "ratio", "target"), rows);
    report.paragraph(notes());
    heap.print();
  }

  private void durable(WorkflowRuns runs, Path workDir) throws Exception {
    int states = options.chainStates();
    int executions = options.durableExecutions();
    var definition = BenchMachines.passChain(states);
    var warm = runs.create("chain-warmup", "STANDARD", definition);
    runs.startAll(warm, "w", Math.max(50, executions / 5), CLIENTS);
    runs.awaitNoneRunning(warm, Duration.ofMillis(50), Duration.ofMinutes(2));
    var machine = runs.create("chain", "STANDARD", definition);
    var begin = Instant.now();
    long started = System.nanoTime();
    runs.startAll(machine, "x", executions, CLIENTS);
    double startSeconds = (System.nanoTime() - started) / 1e9;
    runs.awaitNoneRunning(machine, Duration.ofMillis(20), Duration.ofMinutes(4));
    var stops = runs.stopDates(machine, "SUCCEEDED");
    if (stops.size() != executions) {
      throw new IOException(stops.size() + " of " + executions + " executions SUCCEEDED");
    }
    double seconds = Duration.between(begin, Collections.max(stops)).toNanos() / 1e9;
    double transitions = (double) states * executions / seconds;
    double commits =
        CommitBaseline.commitsPerSecond(
            workDir.resolve("commit-baseline"), executions, states, false);
    double steps =
        CommitBaseline.commitsPerSecond(workDir.resolve("step-baseline"), executions, states, true);
    rows.add(
        List.of(
            "STANDARD, "
                + states
                + " Pass states x "
                + executions
                + " executions: state transitions/s (StartExecution phase "
                + Report.number(startSeconds)
                + " s, all SUCCEEDED "
                + Report.number(seconds)
                + " s after the first start)",
            Report.number(transitions),
            "store `progress`, 1 event per call, "
                + executions
                + " threads: "
                + Report.number(commits)
                + " commits/s",
            Report.percent(transitions / commits),
            ">= 5,000/s: "
                + Report.verdict(transitions >= 5000)
                + " (AWS default refill: 1,500/s)"));
    rows.add(
        List.of(
            "the same transitions/s against store commits shaped like the engine's step",
            Report.number(transitions),
            "store `progress`, StateExited + StateEntered + root frame per call, "
                + executions
                + " threads: "
                + Report.number(steps)
                + " commits/s",
            Report.percent(transitions / steps),
            "-"));
    System.err.printf(
        "  durable: %.0f transitions/s, raw store %.0f commits/s, %.0f engine-shaped%n",
        transitions, commits, steps);
  }

  private void express(WorkflowRuns runs, StatesWire wire) throws Exception {
    var machine = runs.create("express", "EXPRESS", BenchMachines.passChain(EXPRESS_STATES));
    var start = StatesWire.object().put("stateMachineArn", machine).put("input", "{\"n\":1}");
    var describe = StatesWire.object().put("stateMachineArn", machine);
    Throughput.Operation sync =
        (c, s) -> {
          var status = wire.call("StartSyncExecution", start).path("status").asText();
          if (!status.equals("SUCCEEDED")) {
            throw new IOException("StartSyncExecution ended " + status);
          }
        };
    Throughput.Operation trivial = (c, s) -> wire.call("DescribeStateMachine", describe);
    Throughput.run(CLIENTS, options.expressWarmup(), 0, sync);
    Throughput.run(CLIENTS, options.expressWarmup(), 0, trivial);
    var measured = Throughput.run(CLIENTS, options.expressMeasure(), 0, sync);
    var baseline = Throughput.run(CLIENTS, options.expressMeasure(), 0, trivial);
    rows.add(
        List.of(
            "StartSyncExecution, EXPRESS, "
                + EXPRESS_STATES
                + " Pass states, "
                + CLIENTS
                + " clients: executions/s (p50 / p99 ms)",
            Report.number(measured.opsPerSecond()) + " (" + latency(measured) + ")",
            "DescribeStateMachine: "
                + Report.number(baseline.opsPerSecond())
                + " calls/s ("
                + latency(baseline)
                + ")",
            Report.percent(measured.opsPerSecond() / baseline.opsPerSecond()),
            "-"));
    System.err.printf(
        "  express: %.0f/s, DescribeStateMachine %.0f/s%n",
        measured.opsPerSecond(), baseline.opsPerSecond());
  }

  private static String latency(Throughput run) {
    return Report.number(run.latencies().p50()) + " / " + Report.number(run.latencies().p99());
  }

  private String notes() {
    return "Embedded Sluice (H2 store, the defaults of `./sluice up`), wire client: one kept-alive"
        + " HTTP/1.1 connection per client thread, SigV4-signed (service `states`) json 1.0 POSTs."
        + " Durable: the executions are started from "
        + CLIENTS
        + " client threads after a warm-up batch on another machine; the time runs from just"
        + " before the first StartExecution to the latest `stopDate` (ListExecutions, statusFilter"
        + " SUCCEEDED, polled for RUNNING every 20 ms until none is left); transitions = states"
        + " entered per execution x executions. The baseline runs on a store of its own in the"
        + " same temporary directory: one virtual thread per execution (as the engine runs each"
        + " execution), each committing as many one-event `WorkflowStore.progress` steps as the"
        + " chain has states; a second baseline commits steps shaped like the engine's (the previous"
        + " state's Exited and the next one's Entered event, the root frame replaced). Express: each client thread calls back to back, "
        + options.expressWarmup().toSeconds()
        + " s unmeasured then "
        + options.expressMeasure().toSeconds()
        + " s measured, the baseline alike.";
  }
}
