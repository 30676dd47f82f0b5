package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Glue job runs started by a Task: {@code arn:aws:states:::glue:startJobRun} (answers the run id
 * with the SDK's HTTP metadata), {@code .sync} (waits for the run's end and answers the run; a run
 * that does not succeed fails the task with States.TaskFailed; a task cancelled while waiting stops
 * the run) and {@code aws-sdk:glue:*} ({@link GlueSdkCalls}).
 */
public final class GlueTasks implements TaskIntegration {
  private final Supplier<JobService> jobs;

  public GlueTasks(Supplier<JobService> jobs) {
    this.jobs = jobs;
  }

  @Override
  public boolean serves(TaskResource resource) {
    if (resource.style() != TaskResource.Style.SERVICE) {
      return false;
    }
    return switch (resource.resourceType()) {
      case "glue" ->
          resource.action().equals("startJobRun")
              && (resource.pattern() == TaskResource.Pattern.REQUEST_RESPONSE
                  || resource.pattern() == TaskResource.Pattern.SYNC);
      case "aws-sdk:glue" ->
          resource.pattern() == TaskResource.Pattern.REQUEST_RESPONSE
              || resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN;
      default -> false;
    };
  }

  @Override
  public TaskOutcome run(TaskCall call) throws InterruptedException {
    if (call.resource().resourceType().equals("aws-sdk:glue")) {
      return new GlueSdkCalls(jobs.get()).run(call.resource().action(), call.parameters());
    }
    Result<NewJobRun> request = GlueStartRequest.read(call.parameters());
    if (request instanceof Result.Err<NewJobRun> refused) {
      return new TaskOutcome.Failed("States.Runtime", refused.failure().message());
    }
    NewJobRun run = request.value();
    return switch (jobs.get().startJobRun(run)) {
      case Result.Err<String> err -> GlueFailures.optimized(err.failure());
      case Result.Ok<String> ok when call.resource().pattern() == TaskResource.Pattern.SYNC -> {
        submit(call, run.jobName(), ok.value());
        yield await(call, run.jobName(), ok.value());
      }
      case Result.Ok<String> ok -> new TaskOutcome.Done(startResponse(ok.value()));
    };
  }

  /** A {@code .sync} start resumed after a restart waits for the run it started. */
  @Override
  public Optional<TaskOutcome> resume(TaskCall call, JsonNode submitted)
      throws InterruptedException {
    String runId = submitted.path("JobRunId").asText(null);
    String jobName = call.parameters().path("JobName").asText(null);
    if (call.resource().pattern() != TaskResource.Pattern.SYNC
        || runId == null
        || jobName == null) {
      return Optional.empty();
    }
    return Optional.of(await(call, jobName, runId));
  }

  /** Records the start (TaskSubmitted); a run whose task ended meanwhile is stopped. */
  private void submit(TaskCall call, String jobName, String runId) {
    try {
      call.submitted().accept(startResponse(runId));
    } catch (RuntimeException ended) {
      stop(call, jobName, runId);
      throw ended;
    }
  }

  private TaskOutcome await(TaskCall call, String jobName, String runId)
      throws InterruptedException {
    Result<JobRun> ended;
    try {
      ended = jobs.get().awaitEnd(jobName, runId);
    } catch (InterruptedException e) {
      stop(call, jobName, runId);
      throw e;
    }
    return switch (ended) {
      case Result.Err<JobRun> err -> GlueFailures.optimized(err.failure());
      case Result.Ok<JobRun> ok -> finished(ok.value());
    };
  }

  /** Step Functions stops the run of a cancelled task, not of one this node merely let go. */
  private void stop(TaskCall call, String jobName, String runId) {
    if (!call.abandoned().getAsBoolean()) {
      jobs.get().batchStopJobRun(jobName, List.of(runId));
    }
  }

  private static TaskOutcome finished(JobRun run) {
    ObjectNode out = JobRunJson.sync(run);
    return run.state() == JobRunState.SUCCEEDED
        ? new TaskOutcome.Done(out)
        : new TaskOutcome.Failed("States.TaskFailed", Json.write(out));
  }

  /** StartJobRun's answer with the HTTP metadata the Java SDK v1 reports. */
  static ObjectNode startResponse(String runId) {
    ObjectNode out = Json.object();
    out.put("JobRunId", runId);
    SdkMetadata.add(
        out,
        UUID.randomUUID().toString(),
        "{\"JobRunId\":\"" + runId + "\"}",
        Instant.now(),
        "application/x-amz-json-1.1");
    return out;
  }
}
