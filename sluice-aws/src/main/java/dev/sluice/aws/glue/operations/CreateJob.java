package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobShape;
import dev.sluice.aws.glue.internal.TagsShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;
import java.util.Map;

/**
 * {@code AWSGlue.CreateJob}: a job named {@code Name} with its role, command and the other members
 * of a job definition, and up to 50 tags; answers the name.
 */
public final class CreateJob implements GlueBinding {
  /** The members CreateJob has beside those of a {@link JobShape}. */
  public record Input(String name, Map<String, String> tags) {}

  private final JobService jobs;

  public CreateJob(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request
        .input(Input.class)
        .flatMap(input -> request.input(JobShape.class).flatMap(job -> create(input, job)));
  }

  private Result<ObjectNode> create(Input input, JobShape job) {
    var constraints =
        new Constraints()
            .required(input.name(), "name")
            .name(input.name(), "name")
            .required(job.role(), "role")
            .required(job.command(), "command");
    job.check(constraints, "");
    return TagsShape.check(constraints, input.tags(), "tags")
        .then(() -> jobs.createJob(job.definition(input.name(), input.tags())))
        .map(name -> JsonNodes.object().put("Name", name));
  }
}
