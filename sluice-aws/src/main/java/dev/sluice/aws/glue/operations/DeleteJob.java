package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;

/** {@code AWSGlue.DeleteJob}: deletes the job and its runs; answers the name either way. */
public final class DeleteJob implements GlueBinding {
  public record Input(String jobName) {}

  private final JobService jobs;

  public DeleteJob(JobService jobs) {
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
                    .then(() -> jobs.deleteJob(input.jobName())))
        .map(name -> JsonNodes.object().put("JobName", name));
  }
}
