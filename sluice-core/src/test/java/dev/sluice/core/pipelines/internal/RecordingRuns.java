package dev.sluice.core.pipelines.internal;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The runtime side as the control plane's tests need it: every call recorded, run objects given by
 * the test, and a failure to answer with when one is set.
 */
final class RecordingRuns implements PipelineRuns {
  record Call(String operation, String pipelineId, List<Object> arguments) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<RunObject> runObjects = new CopyOnWriteArrayList<>();
  private volatile Failure failure;

  /** Run objects {@link #runObjects(StoredPipeline)} answers for their pipeline. */
  void add(RunObject... objects) {
    runObjects.addAll(List.of(objects));
  }

  /** Every later delegated call fails with {@code failure}. */
  void failWith(Failure failure) {
    this.failure = failure;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String operation) {
    return calls.stream().filter(c -> c.operation().equals(operation)).toList();
  }

  @Override
  public Result<Void> activate(
      StoredPipeline pipeline, List<ParameterValue> parameterValues, Instant startTimestamp) {
    return record("activate", pipeline.id(), parameterValues, startTimestamp).map(ok -> null);
  }

  @Override
  public Result<Void> deactivate(StoredPipeline pipeline, boolean cancelActive) {
    return record("deactivate", pipeline.id(), cancelActive).map(ok -> null);
  }

  @Override
  public Result<Void> rerun(StoredPipeline pipeline) {
    return record("rerun", pipeline.id()).map(ok -> null);
  }

  @Override
  public Result<Void> setStatus(StoredPipeline pipeline, List<String> objectIds, String status) {
    return record("setStatus", pipeline.id(), objectIds, status).map(ok -> null);
  }

  @Override
  public List<PipelineObject> runObjects(StoredPipeline pipeline) {
    return runObjects.stream()
        .filter(o -> o.pipelineId().equals(pipeline.id()))
        .map(o -> o.asObject(o.id()))
        .toList();
  }

  @Override
  public Result<String> evaluateExpression(
      StoredPipeline pipeline, String objectId, String expression) {
    return record("evaluateExpression", pipeline.id(), objectId, expression)
        .map(ok -> "evaluated " + expression + " for " + objectId);
  }

  @Override
  public Result<Optional<TaskAssignment>> pollForTask(TaskRunnerPoll poll) {
    return record("pollForTask", null, poll).map(ok -> Optional.empty());
  }

  @Override
  public Result<Boolean> reportTaskProgress(String taskId, List<Field> fields) {
    return record("reportTaskProgress", null, taskId, fields).map(ok -> false);
  }

  @Override
  public Result<Void> setTaskStatus(TaskStatusInput input) {
    return record("setTaskStatus", null, input).map(ok -> null);
  }

  @Override
  public Result<Boolean> reportTaskRunnerHeartbeat(TaskRunnerHeartbeat heartbeat) {
    return record("reportTaskRunnerHeartbeat", null, heartbeat).map(ok -> false);
  }

  @Override
  public EventConsumer consumer() {
    return new EventConsumer() {
      @Override
      public String service() {
        return PipelineEvents.SERVICE;
      }

      @Override
      public Result<Void> deliver(OutboxEvent event) {
        return Result.ok(null);
      }
    };
  }

  private Result<Boolean> record(String operation, String pipelineId, Object... arguments) {
    var args = new ArrayList<Object>();
    for (Object argument : arguments) {
      args.add(argument);
    }
    calls.add(new Call(operation, pipelineId, java.util.Collections.unmodifiableList(args)));
    var failing = failure;
    return failing == null ? Result.ok(true) : Result.err(failing);
  }
}
