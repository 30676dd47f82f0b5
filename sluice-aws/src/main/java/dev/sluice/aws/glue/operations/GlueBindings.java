package dev.sluice.aws.glue.operations;

import dev.sluice.core.jobs.JobService;
import java.util.Map;
import java.util.Optional;

/** One binding per Glue jobs operation Sluice answers, by operation name. */
public final class GlueBindings {
  private final Map<String, GlueBinding> bindings;

  public GlueBindings(JobService jobs) {
    this.bindings =
        Map.ofEntries(
            Map.entry("BatchGetJobs", new BatchGetJobs(jobs)),
            Map.entry("BatchStopJobRun", new BatchStopJobRun(jobs)),
            Map.entry("CreateJob", new CreateJob(jobs)),
            Map.entry("DeleteJob", new DeleteJob(jobs)),
            Map.entry("GetJob", new GetJob(jobs)),
            Map.entry("GetJobRun", new GetJobRun(jobs)),
            Map.entry("GetJobRuns", new GetJobRuns(jobs)),
            Map.entry("GetJobs", new GetJobs(jobs)),
            Map.entry("ListJobs", new ListJobs(jobs)),
            Map.entry("StartJobRun", new StartJobRun(jobs)),
            Map.entry("UpdateJob", new UpdateJob(jobs)));
  }

  public Optional<GlueBinding> get(String operation) {
    return Optional.ofNullable(bindings.get(operation));
  }
}
