package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** TagResource, UntagResource and ListTagsForResource: state machines and activities. */
final class TagOperations {
  private final Catalog catalog;
  private final Machines machines;

  TagOperations(Catalog catalog, Machines machines) {
    this.catalog = catalog;
    this.machines = machines;
  }

  Result<Void> tag(String resourceArn, Map<String, String> tags) {
    return taggable(resourceArn)
        .map(
            arn -> {
              catalog.store().putTags(resourceArn, tags);
              return null;
            });
  }

  Result<Void> untag(String resourceArn, List<String> keys) {
    return taggable(resourceArn)
        .map(
            arn -> {
              catalog.store().removeTags(resourceArn, keys);
              return null;
            });
  }

  Result<Map<String, String>> list(String resourceArn) {
    return taggable(resourceArn).map(arn -> new TreeMap<>(catalog.store().tags(resourceArn)));
  }

  /** An existing machine (not a version or alias) or activity; else ResourceNotFound. */
  private Result<StatesArn> taggable(String resourceArn) {
    return StatesArn.parse(resourceArn, Set.of(StatesArn.MACHINE, StatesArn.ACTIVITY))
        .flatMap(
            arn -> {
              boolean exists =
                  arn.type().equals(StatesArn.ACTIVITY)
                      ? catalog.store().findActivity(resourceArn).isPresent()
                      : !arn.qualified() && machines.find(resourceArn).isPresent();
              return exists ? Result.ok(arn) : Result.err(WorkflowFailures.notFound(resourceArn));
            });
  }
}
