package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueJson;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.TagsShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;
import java.util.Map;

/**
 * {@code AWSGlue.ListJobs}: job names a page at a time (1 to 1000 per page), only those carrying
 * every tag given.
 */
public final class ListJobs implements GlueBinding {
  public record Input(String nextToken, Integer maxResults, Map<String, String> tags) {}

  private final JobService jobs;

  public ListJobs(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request.input(Input.class).flatMap(this::list);
  }

  private Result<ObjectNode> list(Input input) {
    var constraints = new Constraints().range(input.maxResults(), "maxResults", 1, 1000);
    var tags = input.tags() == null ? Map.<String, String>of() : input.tags();
    return TagsShape.check(constraints, input.tags(), "tags")
        .then(() -> jobs.listJobs(input.nextToken(), input.maxResults(), tags))
        .map(page -> GlueJson.page("JobNames", page.items(), JsonNodes::text, page.nextToken()));
  }
}
