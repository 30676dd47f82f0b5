package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.ResourceScope;
import dev.sluice.core.workflows.TaskCallback;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Create, Describe, Delete and ListActivities, and GetActivityTask. */
final class ActivityOperations {
  /** How long GetActivityTask waits for a task. */
  static final Duration POLL = Duration.ofSeconds(60);

  private final Catalog catalog;

  ActivityOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  Result<ActivityRecord> create(ResourceScope scope, String name, Map<String, String> tags) {
    return ResourceNames.check(name)
        .map(
            valid -> {
              var arn = scope.arn(StatesArn.ACTIVITY, name);
              var existing = catalog.store().findActivity(arn);
              if (existing.isPresent()) {
                return existing.get();
              }
              var activity = new ActivityRecord(arn, name, catalog.now());
              return catalog.store().insertActivity(activity, tags == null ? Map.of() : tags)
                  ? activity
                  : catalog.store().findActivity(arn).orElse(activity);
            });
  }

  Result<ActivityRecord> describe(String activityArn) {
    return StatesArn.activity(activityArn)
        .flatMap(
            arn ->
                catalog
                    .store()
                    .findActivity(activityArn)
                    .<Result<ActivityRecord>>map(Result::ok)
                    .orElseGet(() -> Result.err(WorkflowFailures.activityMissing(activityArn))));
  }

  Result<Void> delete(String activityArn) {
    return StatesArn.activity(activityArn)
        .map(
            arn -> {
              catalog.store().deleteActivity(activityArn);
              return null;
            });
  }

  Result<Page<ActivityRecord>> list(PageRequest page) {
    return Paging.size(page)
        .flatMap(
            size ->
                PageTokens.position("activities", page.nextToken())
                    .map(
                        after ->
                            Paging.of(
                                catalog.store().listActivities(after, size + 1),
                                size,
                                "activities",
                                ActivityRecord::arn)));
  }

  Result<Optional<TaskCallback>> poll(String activityArn, String workerName) {
    return describe(activityArn)
        .map(activity -> catalog.engine().pollActivity(activityArn, workerName, POLL));
  }
}
