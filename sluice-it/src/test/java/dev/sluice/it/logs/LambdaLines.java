package dev.sluice.it.logs;

import dev.sluice.core.logs.LogEvent;
import java.time.Instant;
import java.util.List;

/** The lines one Lambda invocation writes, as the function runtime writes them to the sink. */
final class LambdaLines {
  static final String STREAM = "2026/11/21/[$LATEST]0123456789abcdef0123456789abcdef";

  private LambdaLines() {}

  static List<LogEvent> invocation(String requestId, Instant start, String output) {
    return List.of(
        new LogEvent(start, "START RequestId: " + requestId + " Version: $LATEST\n"),
        new LogEvent(start.plusMillis(5), output + "\n"),
        new LogEvent(start.plusMillis(10), "END RequestId: " + requestId + "\n"),
        new LogEvent(
            start.plusMillis(10),
            "REPORT RequestId: "
                + requestId
                + "\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory"
                + " Used: 45 MB\t\n"));
  }
}
