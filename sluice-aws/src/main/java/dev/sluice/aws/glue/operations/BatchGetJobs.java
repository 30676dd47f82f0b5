package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueJson;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobJson;
import dev.sluice.aws.glue.internal.StringShapes;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.FoundJobs;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code AWSGlue.BatchGetJobs}: the named jobs' definitions and the names not found (the model puts
 * no bound on how many names one call may hold; each is a {@code NameString}).
 */
public final class BatchGetJobs implements GlueBinding {
  public record Input(List<String> jobNames) {}

  private final JobService jobs;

  public BatchGetJobs(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.jobNames(), "jobNames")
                    .members(input.jobNames(), "jobNames", StringShapes.NAME)
                    .then(() -> jobs.batchGetJobs(input.jobNames())))
        .map(BatchGetJobs::render);
  }

  private static ObjectNode render(FoundJobs found) {
    var node = JsonNodes.object();
    node.set("Jobs", JsonNodes.array(found.jobs(), JobJson::job));
    node.set("JobsNotFound", GlueJson.strings(found.notFound()));
    return node;
  }
}
