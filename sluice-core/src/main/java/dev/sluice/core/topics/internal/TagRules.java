package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.Tag;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

/** SNS's tag limits: 50 per topic, keys of 1 to 128 characters, values of at most 256. */
final class TagRules {
  static final int MAX_TAGS = 50;

  private TagRules() {}

  static Result<Void> check(List<Tag> tags) {
    var keys = new HashSet<String>();
    for (Tag tag : tags) {
      if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128) {
        return SnsFailures.invalidParameter(
            "Tags Reason: Tag keys must be between 1 and 128 characters in length.");
      }
      if (tag.value() == null || tag.value().length() > 256) {
        return SnsFailures.invalidParameter(
            "Tags Reason: Tag values must be between 0 and 256 characters in length.");
      }
      if (!keys.add(tag.key())) {
        return SnsFailures.invalidParameter("Tags Reason: Duplicated keys are not allowed.");
      }
    }
    return Result.ok(null);
  }

  /** {@code current} with {@code added} over it; TagLimitExceeded past 50 tags. */
  static Result<List<Tag>> merge(List<Tag> current, List<Tag> added) {
    var merged = new LinkedHashMap<String, String>();
    current.forEach(t -> merged.put(t.key(), t.value()));
    added.forEach(t -> merged.put(t.key(), t.value()));
    if (merged.size() > MAX_TAGS) {
      return Result.err(
          Failure.of(
              "TagLimitExceeded",
              400,
              "Could not complete request: tag quota of per resource exceeded"));
    }
    return Result.ok(
        merged.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
  }
}
