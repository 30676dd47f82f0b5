package dev.sluice.core.workflows;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether an execution can be redriven now, as DescribeExecution reports it ({@code redriveStatus}
 * and {@code redriveStatusReason}) and RedriveExecution decides it.
 *
 * @param status REDRIVABLE or NOT_REDRIVABLE
 * @param reason why not, in Step Functions' words, or null
 */
public record Redrivability(String status, String reason) {
  /** How long after its end an unsuccessful execution can be redriven. */
  public static final Duration PERIOD = Duration.ofDays(14);

  /** How long an execution may stay open, redrives included. */
  public static final Duration MAX_OPEN = Duration.ofDays(365);

  private static final Redrivability REDRIVABLE = new Redrivability("REDRIVABLE", null);

  /** Whether {@code execution} can be redriven at {@code now}. */
  public static Redrivability of(ExecutionRecord execution, Instant now) {
    return switch (execution.status()) {
      case RUNNING, SUCCEEDED ->
          not("Execution is " + execution.status() + " and cannot be redriven");
      case PENDING_REDRIVE -> not(null);
      case FAILED, TIMED_OUT, ABORTED -> ended(execution, now);
    };
  }

  private static Redrivability ended(ExecutionRecord execution, Instant now) {
    if (execution.stopped() != null && now.isAfter(execution.stopped().plus(PERIOD))) {
      return not("Execution redrivable period exceeded");
    }
    if (now.isAfter(execution.started().plus(MAX_OPEN))) {
      return not("Execution has exceeded the max execution time");
    }
    return REDRIVABLE;
  }

  /** Not redrivable because of {@code reason}. */
  public static Redrivability not(String reason) {
    return new Redrivability("NOT_REDRIVABLE", reason);
  }

  public boolean redrivable() {
    return reason == null && status.equals("REDRIVABLE");
  }
}
