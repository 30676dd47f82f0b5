package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobJson;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;

/** {@code AWSGlue.GetJob}: one job's definition (without its tags, as Glue answers it). */
public final class GetJob implements GlueBinding {
  public record Input(String jobName) {}

  private final JobService jobs;

  public GetJob(JobService jobs) {
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
                    .then(() -> jobs.getJob(input.jobName())))
        .map(
            job -> {
              var node = JsonNodes.object();
              node.set("Job", JobJson.job(job));
              return node;
            });
  }
}
