package dev.sluice.bench;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The line the jobs section's jobs print first, {@code main entered at <epoch ms>}: read back from
 * a run's output (CloudWatch Logs, or a bare process's output file).
 */
final class MainEntered {
  private static final Pattern LINE = Pattern.compile("main entered at (\\d{1,18})");

  private MainEntered() {}

  /** The epoch milliseconds of the first line of {@code lines} that is such a line. */
  static OptionalLong in(List<String> lines) {
    for (var line : lines) {
      var matcher = LINE.matcher(line.strip());
      if (matcher.matches()) {
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
      }
    }
    return OptionalLong.empty();
  }
}
