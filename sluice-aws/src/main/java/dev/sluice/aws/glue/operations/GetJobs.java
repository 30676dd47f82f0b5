package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueJson;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobJson;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;

/** {@code AWSGlue.GetJobs}: job definitions a page at a time (1 to 1000 per page). */
public final class GetJobs implements GlueBinding {
  public record Input(String nextToken, Integer maxResults) {}

  private final JobService jobs;

  public GetJobs(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .range(input.maxResults(), "maxResults", 1, 1000)
                    .then(() -> jobs.getJobs(input.nextToken(), input.maxResults())))
        .map(page -> GlueJson.page("Jobs", page.items(), JobJson::job, page.nextToken()));
  }
}
