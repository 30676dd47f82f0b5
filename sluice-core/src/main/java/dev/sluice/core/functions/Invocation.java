package dev.sluice.core.functions;

/**
 * One call of a function's handler.
 *
 * @param requestId the request id Lambda reports ({@code x-amzn-RequestId}, in START/END/REPORT
 *     lines and the context), a UUID
 * @param payload the event, JSON bytes
 * @param clientContext the base64 client context of the Invoke call, or null
 * @param tailLog whether the outcome carries the last 4 KB of the invocation's log (LogType=Tail)
 * @param invokedFunctionArn the ARN the caller used (unqualified, or qualified by the version or
 *     alias it named), which the handler's context reports; null: the version's qualified ARN
 */
public record Invocation(
    String requestId,
    byte[] payload,
    String clientContext,
    boolean tailLog,
    String invokedFunctionArn) {

  /** An invocation whose context reports the version's qualified ARN. */
  public Invocation(String requestId, byte[] payload, String clientContext, boolean tailLog) {
    this(requestId, payload, clientContext, tailLog, null);
  }
}
