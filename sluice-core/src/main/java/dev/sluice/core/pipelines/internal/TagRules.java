package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.result.Result;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

/** Data Pipeline's tag limits: 10 per pipeline, keys of 1 to 128 characters, values up to 256. */
final class TagRules {
  static final int MAX_TAGS = 10;
  static final int MAX_KEY = 128;
  static final int MAX_VALUE = 256;

  private TagRules() {}

  /** {@code current} with {@code added} over it (by key), checked. */
  static Result<List<Tag>> merge(List<Tag> current, List<Tag> added) {
    var checked = check(added);
    if (!checked.isOk()) {
      return checked.map(ignored -> List.of());
    }
    var merged = new LinkedHashMap<String, String>();
    current.forEach(t -> merged.put(t.key(), t.value()));
    added.forEach(t -> merged.put(t.key(), t.value()));
    if (merged.size() > MAX_TAGS) {
      return PipelineFailures.invalid(
          "Number of tags exceeds the limit of " + MAX_TAGS + " tags per pipeline");
    }
    return Result.ok(
        merged.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
  }

  /** {@code current} without the tags of {@code keys}; absent keys are fine. */
  static List<Tag> remove(List<Tag> current, Collection<String> keys) {
    return current.stream().filter(t -> !keys.contains(t.key())).toList();
  }

  private static Result<Void> check(List<Tag> tags) {
    for (Tag tag : tags) {
      if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > MAX_KEY) {
        return PipelineFailures.invalid(
            "Tag key must be between 1 and " + MAX_KEY + " characters long");
      }
      if (tag.value() == null || tag.value().length() > MAX_VALUE) {
        return PipelineFailures.invalid(
            "Tag value must be between 0 and " + MAX_VALUE + " characters long");
      }
    }
    return Result.ok(null);
  }
}
