package dev.sluice.core.pipelines;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runtime side of Data Pipeline, behind the control plane: activation, the run objects, the
 * task runner calls, and the consumer of the outbox's {@code datapipeline} events that drives the
 * runs. The control plane has checked that the pipeline exists and is not deleted.
 */
public interface PipelineRuns {

  /** Makes the pipeline SCHEDULED with its latest definition and starts its schedules. */
  Result<Void> activate(
      StoredPipeline pipeline, List<ParameterValue> parameterValues, Instant startTimestamp);

  Result<Void> deactivate(StoredPipeline pipeline, boolean cancelActive);

  /** Runs a pipeline whose runs have ended again (Sluice's extension). */
  Result<Void> rerun(StoredPipeline pipeline);

  Result<Void> setStatus(StoredPipeline pipeline, List<String> objectIds, String status);

  /** Instances and attempts of the current generation, as DescribeObjects shows them. */
  List<PipelineObject> runObjects(StoredPipeline pipeline);

  /** {@code expression} evaluated in the context of the object (component or instance). */
  Result<String> evaluateExpression(StoredPipeline pipeline, String objectId, String expression);

  Result<Optional<TaskAssignment>> pollForTask(TaskRunnerPoll poll);

  Result<Boolean> reportTaskProgress(String taskId, List<Field> fields);

  Result<Void> setTaskStatus(TaskStatusInput input);

  Result<Boolean> reportTaskRunnerHeartbeat(TaskRunnerHeartbeat heartbeat);

  /** The consumer of service {@link PipelineEvents#SERVICE}. */
  EventConsumer consumer();
}
