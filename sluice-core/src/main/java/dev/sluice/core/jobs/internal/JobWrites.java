package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.internal.JobMessages.failure;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;

/** CreateJob, UpdateJob and DeleteJob. */
final class JobWrites {
  private final JobCatalog catalog;
  private final Clock clock;

  JobWrites(JobCatalog catalog, Clock clock) {
    this.catalog = catalog;
    this.clock = clock;
  }

  Result<String> create(JobDefinition job) {
    var now = clock.now();
    return JobRules.complete(job)
        .flatMap(
            complete -> {
              var draft = JobDraft.of(complete);
              draft.createdOn = now;
              draft.lastModifiedOn = now;
              if (!catalog.insert(draft.build())) {
                return Result.err(
                    failure(JobMessages.ALREADY_EXISTS, JobMessages.alreadyExists(job.name())));
              }
              return Result.ok(job.name());
            });
  }

  /** Replaces every field but the name, createdOn and the tags (UpdateJob has none). */
  Result<String> update(String name, JobDefinition update) {
    var existing = catalog.find(name);
    if (existing.isEmpty()) {
      return notFound(name);
    }
    return JobRules.complete(update)
        .flatMap(
            complete -> {
              var draft = JobDraft.of(complete);
              draft.name = name;
              draft.createdOn = existing.get().createdOn();
              draft.lastModifiedOn = clock.now();
              draft.tags = existing.get().tags();
              return catalog.replace(draft.build()) ? Result.ok(name) : notFound(name);
            });
  }

  /** Glue answers the name also when there was no such job. */
  Result<String> delete(String name) {
    catalog.delete(name);
    return Result.ok(name);
  }

  private static Result<String> notFound(String name) {
    return Result.err(failure(JobMessages.ENTITY_NOT_FOUND, JobMessages.jobWithNameNotFound(name)));
  }
}
