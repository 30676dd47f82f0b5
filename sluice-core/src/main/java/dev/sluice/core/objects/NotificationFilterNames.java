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
      if (!isPrefix(name) && !isSuffix(name)) {
        return Optional.of(S3Failures.invalidFilterRuleName(name));
      }
      if (!seen.add(normalized(name))) {
        return Optional.of(S3Failures.repeatedFilterRule(name));
      }
    }
    return Optional.empty();
  }

  /** Whether the rule named so filters by key prefix (else, once checked, by suffix). */
  public static boolean isPrefix(String name) {
    return normalized(name).equals("prefix");
  }

  private static boolean isSuffix(String name) {
    return normalized(name).equals("suffix");
  }

  /** S3 reads rule names in any case and around white space. */
  private static String normalized(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
