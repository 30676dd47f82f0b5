package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.AslParser;
import dev.sluice.asl.Parsed;
import dev.sluice.asl.StateMachine;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.core.time.Timers;
import dev.sluice.core.workflows.ExecutionEngine;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs executions on this node. A standard execution's history and frames are written before each
 * step is taken, so {@link #resume} continues every running execution after a restart from where it
 * stood; express executions run the same way with nothing written.
 */
public final class WorkflowEngine implements ExecutionEngine, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

  private final WorkflowStore store;
  private final Clock clock;
  private final Timers timers;
  private final Machinery machinery;
  private final ActivityQueue activities;
  private final LogSink logs;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();

  public WorkflowEngine(
      WorkflowStore store, Clock clock, Timers timers, List<TaskIntegration> integrations) {
    this(store, clock, timers, integrations, null);
  }

  /**
   * @param logs where executions of machines with a LoggingConfiguration write their events, or
   *     null for nowhere
   */
  public WorkflowEngine(
      WorkflowStore store,
      Clock clock,
      Timers timers,
      List<TaskIntegration> integrations,
      LogSink logs) {
    this.store = store;
    this.logs = logs;
    this.clock = clock;
    this.timers = timers;
    this.activities = new ActivityQueue(store, clock, timers);
    this.machinery =
        new Machinery(
            clock,
            timers,
            new Answers(store, clock, timers),
            List.copyOf(integrations),
            activities::signal);
  }

  @Override
  public ExecutionRecord start(ExecutionRecord execution) {
    StateMachine machine = machine(execution);
    HistoryEvent started = started(execution);
    Position root =
        Position.enter(machine.startAt(), Json.read(execution.input()), Json.object(), 0);
    ExecutionRecord stored =
        store.insertExecution(execution, List.of(started), List.of(root.frame("")));
    if (stored.equals(execution)) {
      Journal journal = journal(execution, store::progress, started);
      launch(new Run(execution, machine, journal, 1), root, List.of());
    }
    return stored;
  }

  @Override
  public ExecutionRecord startExpress(ExecutionRecord execution, boolean synchronous) {
    StateMachine machine = machine(execution);
    Position root =
        Position.enter(machine.startAt(), Json.read(execution.input()), Json.object(), 0);
    Journal journal = journal(execution, Journal.NONE, started(execution));
    Run run = new Run(execution, machine, journal, 1, synchronous);
    launch(run, root, List.of());
    return synchronous ? run.ended().join() : execution;
  }

  /** Continues every RUNNING standard execution found in the store; returns how many. */
  public int resume() {
    int resumed = 0;
    String after = null;
    while (true) {
      List<String> page = store.running(after, 500);
      for (String arn : page) {
        if (!runs.containsKey(arn) && resumeOne(arn)) {
          resumed++;
        }
        after = arn;
      }
      if (page.size() < 500) {
        return resumed;
      }
    }
  }

  private boolean resumeOne(String arn) {
    Optional<ExecutionRecord> found = store.findExecution(arn);
    if (found.isEmpty() || found.get().status() != ExecutionStatus.RUNNING) {
      return false;
    }
    ExecutionRecord execution = found.get();
    List<ExecutionFrame> frames = store.frames(arn);
    ExecutionFrame root = frames.stream().filter(f -> f.scope().isEmpty()).findFirst().orElse(null);
    if (root == null) {
      LOG.warn("execution {} is RUNNING without a position; leaving it", arn);
      return false;
    }
    Run run =
        new Run(
            execution,
            machine(execution),
            journal(execution, store::progress, null),
            store.lastEventId(arn));
    launch(run, Position.of(root), frames);
    return true;
  }

  private void launch(Run run, Position root, List<ExecutionFrame> frames) {
    run.resumeFrom(frames);
    runs.put(run.arn(), run);
    run.ended().whenComplete((record, failure) -> runs.remove(run.arn()));
    Integer timeout = run.machine().timeoutSeconds();
    if (timeout != null) {
      timers
          .at(timeoutFrom(run.record()).plusSeconds(timeout))
          .thenRun(() -> end(run, ExecutionStatus.TIMED_OUT, null, null, null, List.of()));
    }
    run.spawn(() -> drive(run, root));
  }

  /** A redrive starts the machine's timeout again. */
  private static Instant timeoutFrom(ExecutionRecord execution) {
    return execution.redriveDate() != null ? execution.redriveDate() : execution.started();
  }

  private void drive(Run run, Position root) {
    try {
      Outcome outcome = new ScopeRun(machinery, run, run.machine(), "", root).run();
      List<HistoryEvent> events = new ArrayList<>(outcome.pending());
      if (outcome.failed()) {
        end(run, ExecutionStatus.FAILED, null, outcome.error(), outcome.cause(), events);
      } else {
        end(run, ExecutionStatus.SUCCEEDED, outcome.output(), null, null, events);
      }
    } catch (RunEnded ended) {
      // stopped or timed out elsewhere
    } catch (RuntimeException e) {
      LOG.error("execution {} crashed", run.arn(), e);
      end(run, ExecutionStatus.FAILED, null, "States.Runtime", "Sluice failed: " + e, List.of());
    }
  }

  private boolean end(
      Run run,
      ExecutionStatus status,
      com.fasterxml.jackson.databind.JsonNode output,
      String error,
      String cause,
      List<HistoryEvent> pending) {
    List<HistoryEvent> events = new ArrayList<>(pending);
    long previous = events.isEmpty() ? run.nextId() - 1 : events.get(events.size() - 1).id();
    String type =
        switch (status) {
          case SUCCEEDED -> "ExecutionSucceeded";
          case FAILED -> "ExecutionFailed";
          case TIMED_OUT -> "ExecutionTimedOut";
          case ABORTED -> "ExecutionAborted";
          default -> throw new IllegalArgumentException(status.name());
        };
    String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
    ObjectNode details = output != null ? Events.output(output) : Events.failure(error, cause);
    Instant now = clock.now();
    events.add(Events.of(run.nextId(), previous, now, type, key, details));
    ExecutionRecord finished =
        run.record().ended(status, output == null ? null : Json.write(output), error, cause, now);
    return run.end(events, finished, List.of());
  }

  @Override
  public Result<ExecutionRecord> stop(String executionArn, String error, String cause) {
    Run run = runs.get(executionArn);
    if (run != null) {
      end(run, ExecutionStatus.ABORTED, null, error, cause, List.of());
      return Result.ok(run.record());
    }
    Optional<ExecutionRecord> found = store.findExecution(executionArn);
    if (found.isEmpty()) {
      return Result.err(
          Failure.of(
              "ExecutionDoesNotExist", 400, "Execution Does Not Exist: '" + executionArn + "'"));
    }
    ExecutionRecord execution = found.get();
    if (execution.status().terminal()) {
      return Result.ok(execution);
    }
    Run detached =
        new Run(
            execution,
            machine(execution),
            journal(execution, store::progress, null),
            store.lastEventId(executionArn));
    detached.resumeFrom(store.frames(executionArn));
    end(detached, ExecutionStatus.ABORTED, null, error, cause, List.of());
    return Result.ok(detached.record());
  }

  /**
   * Continues an unsuccessful execution from the frames it kept when it ended: the event, the
   * RUNNING record and the reset frames are written in one step, then it runs as after a resume.
   */
  @Override
  public synchronized Result<ExecutionRecord> redrive(String executionArn) {
    Optional<ExecutionRecord> found = store.findExecution(executionArn);
    if (found.isEmpty()) {
      return Result.err(
          Failure.of(
              "ExecutionDoesNotExist", 400, "Execution Does Not Exist: '" + executionArn + "'"));
    }
    if (runs.containsKey(executionArn)) {
      // ended in the store a moment ago, its run not finished yet
      return Result.err(Redrive.refused("Execution is RUNNING and cannot be redriven"));
    }
    ExecutionRecord execution = found.get();
    return Redrive.of(
            execution, store.frames(executionArn), store.lastEventId(executionArn), clock.now())
        .map(
            redrive -> {
              store.progress(redrive.progress());
              Run run =
                  new Run(
                      redrive.record(), machine(execution), store::progress, redrive.event().id());
              launch(run, redrive.root(), redrive.frames());
              return redrive.record();
            });
  }

  @Override
  public Result<Void> succeedTask(String token, String output) {
    ObjectNode answer = Json.object();
    answer.put("output", output);
    return answer(token, Json.write(answer));
  }

  @Override
  public Result<Void> failTask(String token, String error, String cause) {
    return answer(token, Json.write(Events.failure(error, cause)));
  }

  @Override
  public Result<Void> heartbeat(String token) {
    Optional<TaskCallback> callback = store.findCallback(token);
    if (callback.isEmpty()) {
      return Result.err(Failure.of("TaskDoesNotExist", 400, "Task Does Not Exist"));
    }
    if (callback.get().outcome() != null) {
      return Result.err(timedOut());
    }
    machinery.answers().heartbeat(token);
    return Result.ok(null);
  }

  private Result<Void> answer(String token, String outcome) {
    Optional<TaskCallback> callback = store.findCallback(token);
    if (callback.isEmpty()) {
      return Result.err(Failure.of("TaskDoesNotExist", 400, "Task Does Not Exist"));
    }
    if (!store.answerCallback(token, outcome)) {
      return Result.err(timedOut());
    }
    machinery.answers().answered(token, outcome);
    return Result.ok(null);
  }

  private static Failure timedOut() {
    return Failure.of(
        "TaskTimedOut", 400, "Task Timed Out: 'Provided task does not exist anymore'");
  }

  @Override
  public Optional<TaskCallback> pollActivity(String activityArn, String worker, Duration wait) {
    Optional<TaskCallback> task = activities.take(activityArn, worker, wait);
    task.ifPresent(this::activityStarted);
    return task;
  }

  private void activityStarted(TaskCallback task) {
    Run run = runs.get(task.executionArn());
    if (run == null) {
      return;
    }
    ObjectNode details = Json.object();
    if (task.worker() != null) {
      details.put("workerName", task.worker());
    }
    long id = run.nextId();
    try {
      run.commit(
          List.of(
              Events.of(
                  id,
                  id - 1,
                  clock.now(),
                  "ActivityStarted",
                  "activityStartedEventDetails",
                  details)),
          List.of(),
          List.of());
    } catch (RunEnded ignored) {
      // the execution ended meanwhile; the worker's answer will be refused
    }
  }

  /**
   * Stops working on this node's executions without ending them: their threads are interrupted and
   * what they last wrote is where {@link #resume} continues.
   */
  @Override
  public void close() {
    runs.values().forEach(Run::abandon);
    runs.clear();
  }

  /**
   * Waits until the execution ends and answers its record: at once from this node's run, else by
   * reading the store every second (it runs on another node, or before a restart finished).
   */
  public ExecutionRecord awaitEnd(String executionArn) throws InterruptedException {
    while (true) {
      Run run = runs.get(executionArn);
      if (run != null) {
        try {
          return run.ended().get();
        } catch (java.util.concurrent.ExecutionException
            | java.util.concurrent.CancellationException e) {
          // abandoned at shutdown, or ended elsewhere: read the store
        }
      }
      Optional<ExecutionRecord> stored = store.findExecution(executionArn);
      if (stored.isEmpty() || stored.get().status().terminal()) {
        return stored.orElseThrow();
      }
      timers.sleepUntil(clock.now().plusSeconds(1));
    }
  }

  /** How many executions run on this node. */
  public int running() {
    return runs.size();
  }

  private static StateMachine machine(ExecutionRecord execution) {
    Parsed parsed = AslParser.parse(Json.read(execution.definition()));
    if (parsed instanceof Parsed.Valid valid) {
      return valid.machine();
    }
    throw new IllegalStateException(
        "stored definition of " + execution.arn() + " is invalid: " + parsed);
  }

  /**
   * {@code inner}, also logging to CloudWatch Logs when the execution's machine (or version) has a
   * LoggingConfiguration; {@code started} (the ExecutionStarted event, kept outside journals) is
   * logged at once unless null.
   */
  private Journal journal(ExecutionRecord execution, Journal inner, HistoryEvent started) {
    if (logs == null) {
      return inner;
    }
    String arn = execution.versionArn() != null ? execution.versionArn() : execution.machineArn();
    Optional<LoggingConfig> config =
        store.findMachine(arn).flatMap(m -> LoggingConfig.of(m.loggingConfiguration()));
    if (config.isEmpty()) {
      return inner;
    }
    LoggingJournal logging = new LoggingJournal(inner, config.get(), logs, execution);
    if (started != null) {
      logging.log(List.of(started));
    }
    return logging;
  }

  private static HistoryEvent started(ExecutionRecord execution) {
    return Events.of(
        1,
        0,
        execution.started(),
        "ExecutionStarted",
        "executionStartedEventDetails",
        startedDetails(execution));
  }

  private static ObjectNode startedDetails(ExecutionRecord execution) {
    ObjectNode details = Json.object();
    details.put("input", execution.input());
    details.putObject("inputDetails").put("truncated", false);
    details.put("roleArn", execution.roleArn());
    if (execution.aliasArn() != null) {
      details.put("stateMachineAliasArn", execution.aliasArn());
    }
    if (execution.versionArn() != null) {
      details.put("stateMachineVersionArn", execution.versionArn());
    }
    return details;
  }
}
