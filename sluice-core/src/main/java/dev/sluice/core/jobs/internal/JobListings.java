package dev.sluice.core.jobs.internal;

import dev.sluice.core.jobs.FoundJobs;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobsPage;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GetJobs, ListJobs (with its tag filter) and BatchGetJobs, in name order. */
final class JobListings {
  static final int DEFAULT_PAGE = 100;
  private static final int SCAN = 200;

  private final JobCatalog catalog;

  JobListings(JobCatalog catalog) {
    this.catalog = catalog;
  }

  Result<JobsPage<JobDefinition>> getJobs(String nextToken, Integer maxResults) {
    int limit = limit(maxResults);
    return PageTokens.name(nextToken).map(after -> page(catalog.list(after, limit + 1), limit));
  }

  Result<JobsPage<String>> listJobs(
      String nextToken, Integer maxResults, Map<String, String> tags) {
    int limit = limit(maxResults);
    return PageTokens.name(nextToken)
        .map(after -> page(tagged(after, limit + 1, tags), limit))
        .map(page -> new JobsPage<>(names(page.items()), page.nextToken()));
  }

  Result<JobDefinition> get(String name) {
    return catalog
        .find(name)
        .map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    JobMessages.failure(JobMessages.ENTITY_NOT_FOUND, JobMessages.JOB_NOT_FOUND)));
  }

  FoundJobs batchGet(List<String> names) {
    var found = new ArrayList<JobDefinition>();
    var missing = new ArrayList<String>();
    for (var name : names) {
      catalog.find(name).ifPresentOrElse(found::add, () -> missing.add(name));
    }
    return new FoundJobs(found, missing);
  }

  /** Up to {@code wanted} jobs after {@code after} that carry every one of {@code tags}. */
  private List<JobDefinition> tagged(String after, int wanted, Map<String, String> tags) {
    if (tags == null || tags.isEmpty()) {
      return catalog.list(after, wanted);
    }
    var matches = new ArrayList<JobDefinition>();
    String cursor = after;
    while (matches.size() < wanted) {
      var batch = catalog.list(cursor, SCAN);
      for (var job : batch) {
        if (matches.size() < wanted && job.tags().entrySet().containsAll(tags.entrySet())) {
          matches.add(job);
        }
      }
      if (batch.size() < SCAN) {
        break;
      }
      cursor = batch.getLast().name();
    }
    return matches;
  }

  private static JobsPage<JobDefinition> page(List<JobDefinition> jobs, int limit) {
    if (jobs.size() <= limit) {
      return new JobsPage<>(jobs, null);
    }
    var items = jobs.subList(0, limit);
    return new JobsPage<>(items, PageTokens.afterName(items.getLast().name()));
  }

  private static List<String> names(List<JobDefinition> jobs) {
    return jobs.stream().map(JobDefinition::name).toList();
  }

  private static int limit(Integer maxResults) {
    return maxResults == null ? DEFAULT_PAGE : maxResults;
  }
}
