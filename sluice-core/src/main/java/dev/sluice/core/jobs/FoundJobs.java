package dev.sluice.core.jobs;

import java.util.List;

/** BatchGetJobs' answer: the jobs found, and the names that were not. */
public record FoundJobs(List<JobDefinition> jobs, List<String> notFound) {
  public FoundJobs {
    jobs = List.copyOf(jobs);
    notFound = List.copyOf(notFound);
  }
}
