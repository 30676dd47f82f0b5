package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;
import java.util.Map;

/**
 * {@code AWSGlue.UpdateJob}: replaces every member of the job's definition with {@code JobUpdate}'s
 * (JobUpdate holds no tags; the definition handed over carries none); answers the name.
 */
public final class UpdateJob implements GlueBinding {
  public record Input(String jobName, JobShape jobUpdate) {}

  private final JobService jobs;

  public UpdateJob(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request.input(Input.class).flatMap(this::update);
  }

  private Result<ObjectNode> update(Input input) {
    var constraints =
        new Constraints()
            .required(input.jobName(), "jobName")
            .name(input.jobName(), "jobName")
            .required(input.jobUpdate(), "jobUpdate");
    if (input.jobUpdate() != null) {
      input.jobUpdate().check(constraints, "jobUpdate.");
    }
    return constraints
        .then(
            () ->
                jobs.updateJob(
                    input.jobName(), input.jobUpdate().definition(input.jobName(), Map.of())))
        .map(name -> JsonNodes.object().put("JobName", name));
  }
}
