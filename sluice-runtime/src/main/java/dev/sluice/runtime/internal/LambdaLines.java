package dev.sluice.runtime.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The lines and messages Lambda itself writes around invocations, in its exact format. */
final class LambdaLines {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private LambdaLines() {}

  static String start(String requestId, String version) {
    return "START RequestId: " + requestId + " Version: " + version;
  }

  static String end(String requestId) {
    return "END RequestId: " + requestId;
  }

  /** The REPORT line; {@code initMillis} is negative on a warm start. */
  static String report(
      String requestId, double durationMillis, int memoryMb, long maxMemoryMb, double initMillis) {
    var line =
        String.format(
            Locale.ROOT,
            "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB"
                + "\tMax Memory Used: %d MB",
            requestId,
            durationMillis,
            (long) Math.ceil(durationMillis),
            memoryMb,
            maxMemoryMb);
    return initMillis < 0
        ? line
        : line + String.format(Locale.ROOT, "\tInit Duration: %.2f ms", initMillis);
  }

  /** {@code 2026-11-21T10:00:00.000Z <id> Task timed out after 3.00 seconds}. */
  static String timedOut(Instant at, String requestId, long timeoutMillis) {
    return String.format(
        Locale.ROOT,
        "%s %s Task timed out after %.2f seconds",
        ISO_MILLIS.format(at),
        requestId,
        timeoutMillis / 1000.0);
  }

  /**
   * {@code RequestId: <id> Error: Runtime exited with error: exit status 1}, as Lambda words it.
   */
  static String exited(String requestId, int exitValue) {
    return "RequestId: " + requestId + " Error: " + exitReason(exitValue);
  }

  private static String exitReason(int exitValue) {
    if (exitValue == 0) {
      return "Runtime exited without providing a reason";
    }
    if (exitValue > 128) {
      return "Runtime exited with error: signal: " + signalName(exitValue - 128);
    }
    return "Runtime exited with error: exit status " + exitValue;
  }

  private static String signalName(int signal) {
    return switch (signal) {
      case 6 -> "aborted";
      case 9 -> "killed";
      case 11 -> "segmentation fault";
      case 15 -> "terminated";
      default -> "signal " + signal;
    };
  }
}
