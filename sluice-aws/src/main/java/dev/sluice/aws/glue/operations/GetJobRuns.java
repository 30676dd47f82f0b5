package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueJson;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobRunJson;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Result;

/** {@code AWSGlue.GetJobRuns}: a job's runs, newest first, a page at a time (1 to 200). */
public final class GetJobRuns implements GlueBinding {
  public record Input(String jobName, String nextToken, Integer maxResults) {}

  private final JobService jobs;

  public GetJobRuns(JobService jobs) {
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
                    .range(input.maxResults(), "maxResults", 1, 200)
                    .then(
                        () ->
                            jobs.getJobRuns(
                                input.jobName(), input.nextToken(), input.maxResults())))
        .map(page -> GlueJson.page("JobRuns", page.items(), JobRunJson::run, page.nextToken()));
  }
}
