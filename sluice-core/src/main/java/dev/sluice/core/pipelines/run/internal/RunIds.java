package dev.sluice.core.pipelines.run.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** The ids and names the runner makes: instance and attempt ids, task ids, log streams, dirs. */
public final class RunIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ATTEMPT = "_Attempt=";

  private RunIds() {}

  /** {@code @WordCount_2026-11-20T22:15:00}. */
  public static String instanceId(String componentId, Instant periodStart) {
    return "@" + componentId + "_" + RunTimes.format(periodStart);
  }

  /** {@code @WordCount_2026-11-20T22:15:00_Attempt=1}. */
  public static String attemptId(String instanceId, int number) {
    return instanceId + ATTEMPT + number;
  }

  /** The number of an attempt, from its id (1 when the id has none). */
  public static int attemptNumber(String attemptId) {
    int at = attemptId.lastIndexOf(ATTEMPT);
    if (at < 0) {
      return 1;
    }
    try {
      return Integer.parseInt(attemptId.substring(at + ATTEMPT.length()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** A task id as AWS hands them out: long, random, opaque. */
  public static String newTaskId() {
    byte[] bytes = new byte[48];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A CloudWatch Logs stream name for one attempt (no {@code :} or {@code *}): {@code
   * WordCount/2026-11-20T22-15-00/attempt-1}.
   */
  public static String logStream(String componentId, Instant periodStart, String what) {
    return componentId.replace(':', '_').replace('*', '_')
        + "/"
        + RunTimes.formatForNames(periodStart)
        + "/"
        + what;
  }

  /** {@code workRoot/<pipelineId>/<object id with only [A-Za-z0-9._-]>}: never outside the root. */
  public static Path workDir(Path workRoot, String pipelineId, String objectId) {
    return workRoot.resolve(safe(pipelineId)).resolve(safe(objectId));
  }

  private static String safe(String name) {
    var cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return cleaned.chars().allMatch(c -> c == '.') ? "_" + cleaned : cleaned;
  }
}
