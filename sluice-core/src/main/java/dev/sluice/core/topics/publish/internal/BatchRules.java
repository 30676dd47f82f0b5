package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.PublishBatchEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PublishBatch's request-wide rules: 1 to 10 entries, ids of at most 80 letters, digits, hyphens
 * and underscores, distinct, and all messages together at most 256 KiB.
 */
public final class BatchRules {
  private static final int MAX_ENTRIES = 10;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private BatchRules() {}

  public static Optional<Failure> check(List<PublishBatchEntry> entries) {
    if (entries == null || entries.isEmpty()) {
      return fail("EmptyBatchRequest", "The batch request doesn't contain any entries.");
    }
    if (entries.size() > MAX_ENTRIES) {
      return fail(
          "TooManyEntriesInBatchRequest",
          "The batch request contains more entries than permissible.");
    }
    return ids(entries).or(() -> size(entries));
  }

  private static Optional<Failure> ids(List<PublishBatchEntry> entries) {
    var seen = new HashSet<String>();
    for (var entry : entries) {
      if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
        return fail(
            "InvalidBatchEntryId",
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores."
                + " It can be at most 80 letters long.");
      }
      if (!seen.add(entry.id())) {
        return fail(
            "BatchEntryIdsNotDistinct",
            "Two or more batch entries in the request have the same Id.");
      }
    }
    return Optional.empty();
  }

  private static Optional<Failure> size(List<PublishBatchEntry> entries) {
    long total = 0;
    for (var entry : entries) {
      total += MessageSize.of(entry.message(), entry.messageAttributes());
    }
    if (total > MessageSize.LIMIT) {
      return fail(
          "BatchRequestTooLong",
          "The length of all the messages put together is more than the limit.");
    }
    return Optional.empty();
  }

  private static Optional<Failure> fail(String code, String message) {
    return Optional.of(Failure.of(code, 400, message));
  }
}
