package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.time.Timers;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A workflow engine on an in-memory store with Glue tasks on {@link StandInJobs} and a Lambda that
 * records its payloads; {@link #restart} replaces the engine as a node restart would, on the same
 * store and jobs.
 */
final class GlueWorkflows implements AutoCloseable {
  static final String MACHINE = "arn:aws:states:us-east-1:111111111111:stateMachine:scenario";

  final StandInJobs jobs;
  final MemoryWorkflowStore store = new MemoryWorkflowStore();
  final List<JsonNode> lambdaPayloads = new CopyOnWriteArrayList<>();
  private final VirtualClock clock = VirtualClock.real();
  private final Timers timers = new Timers(clock);
  private final List<TaskIntegration> integrations;
  private WorkflowEngine engine;

  /**
   * @param others integrations besides Glue's and the Lambda
   */
  GlueWorkflows(StandInJobs jobs, TaskIntegration... others) {
    this.jobs = jobs;
    List<TaskIntegration> all = new ArrayList<>(List.of(others));
    all.add(new GlueTasks(() -> jobs));
    all.add(new RecordingLambda());
    this.integrations = List.copyOf(all);
    this.engine = newEngine();
  }

  private WorkflowEngine newEngine() {
    return new WorkflowEngine(store, clock, timers, integrations);
  }

  /** The engine running now. */
  WorkflowEngine current() {
    return engine;
  }

  /** Starts a standard execution named {@code name} of {@code definition} on {@code input}. */
  String start(String name, String definition, String input) {
    String arn = MACHINE.replace(":stateMachine:", ":execution:") + ":" + name;
    engine.start(
        new ExecutionRecord(
            arn,
            MACHINE,
            name,
            MachineType.STANDARD,
            ExecutionStatus.RUNNING,
            Json.write(Json.read(definition)),
            "arn:aws:iam::111111111111:role/scenario",
            input,
            null,
            null,
            null,
            clock.now(),
            null,
            null,
            null,
            0,
            null,
            null));
    return arn;
  }

  ExecutionRecord awaitEnd(String arn) throws InterruptedException {
    return engine.awaitEnd(arn);
  }

  void stop(String arn) {
    engine.stop(arn, "Stopped", "by the test");
  }

  /** Closes the engine without ending its executions, then resumes them on a new one. */
  int restart() {
    engine.close();
    engine = newEngine();
    return engine.resume();
  }

  List<HistoryEvent> history(String arn) {
    return store.history(arn, 0, 1000);
  }

  List<String> types(String arn) {
    return history(arn).stream().map(HistoryEvent::type).toList();
  }

  @Override
  public void close() {
    engine.close();
    timers.close();
  }

  /** {@code lambda:invoke} answering {@code {"Payload": {"ok": true}}} and keeping the payload. */
  private final class RecordingLambda implements TaskIntegration {
    @Override
    public boolean serves(TaskResource resource) {
      return resource.resourceType().equals("lambda");
    }

    @Override
    public TaskOutcome run(TaskCall call) {
      lambdaPayloads.add(call.parameters().path("Payload"));
      return new TaskOutcome.Done(Json.read("{\"Payload\": {\"ok\": true}, \"StatusCode\": 200}"));
    }
  }
}
