package dev.sluice.core.objects;

import dev.sluice.core.result.Failure;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names a notification filter's {@code FilterRule}s may have. The wire binding checks them
 * while it reads the XML, because {@link NotificationRule} keeps only the prefix and suffix values.
 */
public final class NotificationFilterNames {

  private NotificationFilterNames() {}

  /** Empty when every name is {@code prefix} or {@code suffix} (any case) and none repeats. */
  public static Optional<Failure> check(List<String> names) {
    var seen = new HashSet<String>();
    for (var name : names) {
      String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
      if (!lower.equals("prefix") && !lower.equals("suffix")) {
        return Optional.of(S3Failures.invalidFilterRuleName(name));
      }
      if (!seen.add(lower)) {
        return Optional.of(S3Failures.repeatedFilterRule(name));
      }
    }
    return Optional.empty();
  }
}
