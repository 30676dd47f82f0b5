package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobRunJson;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;

/**
 * {@code AWSGlue.GetJobRun}: one run of a job. PredecessorsIncluded is accepted; a run never has
 * predecessors in Sluice.
 */
public final class GetJobRun implements GlueBinding {
  public record Input(String jobName, String runId, Boolean predecessorsIncluded) {}

  private final JobService jobs;

  public GetJobRun(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.jobName(), "jobName")
                    .name(input.jobName(), "jobName")
                    .required(input.runId(), "runId")
                    .name(input.runId(), "runId")
                    .then(() -> jobs.getJobRun(input.jobName(), input.runId())))
        .map(
            run -> {
              var node = JsonNodes.object();
              node.set("JobRun", JobRunJson.run(run));
              return node;
            });
  }
}
