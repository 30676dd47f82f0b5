package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.StringShapes;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.StoppedRuns;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code AWSGlue.BatchStopJobRun}: asks 1 to 25 runs of a job to stop; answers the runs stopping
 * and, for the others, Glue's {@code ErrorDetail}.
 */
public final class BatchStopJobRun implements GlueBinding {
  public record Input(String jobName, List<String> jobRunIds) {}

  private final JobService jobs;

  public BatchStopJobRun(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request.input(Input.class).flatMap(this::stop);
  }

  private Result<ObjectNode> stop(Input input) {
    var ids = input.jobRunIds();
    return new Constraints()
        .required(input.jobName(), "jobName")
        .name(input.jobName(), "jobName")
        .required(ids, "jobRunIds")
        .size(ids, ids == null ? 0 : ids.size(), "jobRunIds", 1, 25)
        .members(ids, "jobRunIds", StringShapes.NAME)
        .then(() -> jobs.batchStopJobRun(input.jobName(), ids))
        .map(BatchStopJobRun::render);
  }

  private static ObjectNode render(StoppedRuns stopped) {
    var node = JsonNodes.object();
    node.set(
        "SuccessfulSubmissions",
        JsonNodes.array(
            stopped.successful(),
            s -> JsonNodes.object().put("JobName", s.jobName()).put("JobRunId", s.jobRunId())));
    node.set("Errors", JsonNodes.array(stopped.errors(), BatchStopJobRun::error));
    return node;
  }

  private static ObjectNode error(StoppedRuns.Refusal refusal) {
    var node =
        JsonNodes.object().put("JobName", refusal.jobName()).put("JobRunId", refusal.jobRunId());
    node.putObject("ErrorDetail")
        .put("ErrorCode", refusal.errorCode())
        .put("ErrorMessage", refusal.errorMessage());
    return node;
  }
}
