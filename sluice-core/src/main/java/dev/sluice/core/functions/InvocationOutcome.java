package dev.sluice.core.functions;

/**
 * How an invocation ended. Both kinds are a successful Invoke call (HTTP 200); a {@link Failed} one
 * carries {@code X-Amz-Function-Error: Unhandled}.
 */
public sealed interface InvocationOutcome {

  /** The last 4 KB of the invocation's log when it was asked for, else null. */
  String logTail();

  /** The handler returned {@code payload} (JSON bytes; empty for no result). */
  record Returned(byte[] payload, String logTail) implements InvocationOutcome {}

  /**
   * The handler threw, the runtime reported an error, the invocation timed out or the instance
   * died. {@code payload} is Lambda's error JSON ({@code errorMessage}, {@code errorType}, and
   * {@code stackTrace} where the runtime gives one), e.g. {@code
   * {"errorMessage":"2026-11-21T10:00:00.000Z 5f0c... Task timed out after 3.00 seconds"}} or
   * {@code {"errorType":"Runtime.ExitError","errorMessage":"RequestId: 5f0c... Error: Runtime
   * exited with error: exit status 1"}}.
   */
  record Failed(byte[] payload, String errorType, String logTail) implements InvocationOutcome {}
}
