package dev.sluice.core.pipelines.run;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.pipelines.run.internal.Activation;
import dev.sluice.core.pipelines.run.internal.Advancer;
import dev.sluice.core.pipelines.run.internal.AttemptExecution;
import dev.sluice.core.pipelines.run.internal.AttemptRunner;
import dev.sluice.core.pipelines.run.internal.Committer;
import dev.sluice.core.pipelines.run.internal.Deactivation;
import dev.sluice.core.pipelines.run.internal.Inspection;
import dev.sluice.core.pipelines.run.internal.PipelineReruns;
import dev.sluice.core.pipelines.run.internal.PreconditionChecks;
import dev.sluice.core.pipelines.run.internal.Resolutions;
import dev.sluice.core.pipelines.run.internal.RunConsumer;
import dev.sluice.core.pipelines.run.internal.RunLog;
import dev.sluice.core.pipelines.run.internal.RunningAttempts;
import dev.sluice.core.pipelines.run.internal.StatusCommands;
import dev.sluice.core.pipelines.run.internal.TaskPolls;
import dev.sluice.core.pipelines.run.internal.TaskReports;
import dev.sluice.core.pipelines.run.internal.WorkRunner;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs pipelines for real, durably and driven by events: every change is a compare-and-set commit
 * of the pipeline with its run objects and outbox events; ADVANCE events plan (instances for due
 * periods, dependencies, preconditions, retries, cascades, the pipeline's state) and RUN_ATTEMPT
 * events run Sluice's own attempts through {@link AttemptWork}, while attempts of a worker group
 * wait for external task runners (PollForTask). Wire {@link #consumer()} into the event dispatcher.
 */
public final class PipelineRunner implements PipelineRuns {
  private final Activation activation;
  private final Deactivation deactivation;
  private final PipelineReruns reruns;
  private final StatusCommands statuses;
  private final Inspection inspection;
  private final TaskPolls taskPolls;
  private final TaskReports taskReports;
  private final RunConsumer consumer;

  /**
   * @param work runs attempts' work ({@code workers::run})
   * @param logs where the runner's lines and the work's output go ({@code /aws/datapipeline/..})
   * @param workRoot under which each attempt gets its own working directory
   * @param signal told after events were committed
   */
  public PipelineRunner(
      PipelineCatalog catalog,
      AttemptWork work,
      Clock clock,
      LogSink logs,
      Path workRoot,
      EventSignal signal) {
    this(catalog, work, clock, logs, workRoot, signal, RunLanguage.standard());
  }

  /** With a language of its own (tests). */
  public PipelineRunner(
      PipelineCatalog catalog,
      AttemptWork work,
      Clock clock,
      LogSink logs,
      Path workRoot,
      EventSignal signal,
      RunLanguage language) {
    var committer = new Committer(catalog, signal);
    var resolutions = new Resolutions(language);
    var running = new RunningAttempts();
    var log = new RunLog(logs, clock);
    var runner = new WorkRunner(work, workRoot);
    this.activation = new Activation(catalog, committer, resolutions, clock);
    this.deactivation = new Deactivation(catalog, committer, running, clock);
    this.reruns = new PipelineReruns(catalog, committer, clock);
    this.statuses = new StatusCommands(catalog, committer, resolutions, running, clock);
    this.inspection = new Inspection(catalog, resolutions);
    this.taskPolls = new TaskPolls(catalog, committer, resolutions, clock);
    this.taskReports = new TaskReports(catalog, committer, resolutions, clock);
    var advancer =
        new Advancer(
            catalog, committer, resolutions, new PreconditionChecks(runner, log), running, clock);
    var attempts =
        new AttemptRunner(
            catalog, committer, resolutions, new AttemptExecution(runner, log), running, clock);
    this.consumer = new RunConsumer(advancer, attempts);
  }

  @Override
  public Result<Void> activate(
      StoredPipeline pipeline, List<ParameterValue> parameterValues, Instant startTimestamp) {
    return activation.activate(pipeline.id(), parameterValues, startTimestamp);
  }

  @Override
  public Result<Void> deactivate(StoredPipeline pipeline, boolean cancelActive) {
    return deactivation.deactivate(pipeline.id(), cancelActive);
  }

  @Override
  public Result<Void> rerun(StoredPipeline pipeline) {
    return reruns.rerun(pipeline.id());
  }

  @Override
  public Result<Void> setStatus(StoredPipeline pipeline, List<String> objectIds, String status) {
    return statuses.setStatus(pipeline.id(), objectIds, status);
  }

  @Override
  public List<PipelineObject> runObjects(StoredPipeline pipeline) {
    return inspection.runObjects(pipeline);
  }

  @Override
  public Result<String> evaluateExpression(
      StoredPipeline pipeline, String objectId, String expression) {
    return inspection.evaluate(pipeline, objectId, expression);
  }

  @Override
  public Result<Optional<TaskAssignment>> pollForTask(TaskRunnerPoll poll) {
    return taskPolls.poll(poll);
  }

  @Override
  public Result<Boolean> reportTaskProgress(String taskId, List<Field> fields) {
    return taskReports.reportProgress(taskId, fields);
  }

  @Override
  public Result<Void> setTaskStatus(TaskStatusInput input) {
    return taskReports.setStatus(input);
  }

  /** Sluice never asks a task runner to terminate. */
  @Override
  public Result<Boolean> reportTaskRunnerHeartbeat(TaskRunnerHeartbeat heartbeat) {
    return Result.ok(false);
  }

  @Override
  public EventConsumer consumer() {
    return consumer;
  }
}
