package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.Positioned;
import java.util.List;

/** NextToken: the position of the last item of the previous page. */
final class PageTokens {
  private PageTokens() {}

  static Result<Long> after(String nextToken) {
    if (nextToken == null || nextToken.isEmpty()) {
      return Result.ok(0L);
    }
    try {
      return Result.ok(Long.parseLong(nextToken));
    } catch (NumberFormatException e) {
      return SnsFailures.invalidParameter("NextToken");
    }
  }

  /** The first {@code size} rows; a token when there were more ({@code rows} holds size + 1). */
  static <T> Page<T> page(List<Positioned<T>> rows, int size) {
    List<Positioned<T>> shown = rows.size() > size ? rows.subList(0, size) : rows;
    String next = rows.size() > size ? Long.toString(shown.get(size - 1).position()) : null;
    return new Page<>(shown.stream().map(Positioned::value).toList(), next);
  }
}
