package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.PageRequest;
import java.util.List;
import java.util.function.Function;

/** Page sizes and the pages made from one more row than asked for. */
final class Paging {
  static final int MAX_SIZE = 1000;

  private Paging() {}

  static Result<Integer> size(PageRequest page) {
    var max = page.maxResults();
    if (max != null && max > MAX_SIZE) {
      return Result.err(
          WorkflowFailures.constraint(
              max.toString(), "maxResults", "Member must have value less than or equal to 1000"));
    }
    if (max != null && max < 0) {
      return Result.err(
          WorkflowFailures.constraint(
              max.toString(), "maxResults", "Member must have value greater than or equal to 0"));
    }
    return Result.ok(page.size());
  }

  /**
   * The first {@code size} of {@code fetched} (which holds up to {@code size + 1} rows), with a
   * token of {@code kind} at the last one's position when there were more.
   */
  static <T> Page<T> of(List<T> fetched, int size, String kind, Function<T, String> position) {
    if (fetched.size() <= size) {
      return new Page<>(fetched, null);
    }
    var items = fetched.subList(0, size);
    return new Page<>(items, PageTokens.of(kind, position.apply(items.get(size - 1))));
  }
}
