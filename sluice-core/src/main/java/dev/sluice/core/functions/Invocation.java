package dev.sluice.core.functions;

/**
 * One call of a function's handler.
 *
 * @param requestId the request id Lambda reports ({@code x-amzn-RequestId}, in START/END/REPORT
 *     lines and the context), a UUID
 * @param payload the event, JSON bytes
 * @param clientContext the base64 client context of the Invoke call, or null
 * @param tailLog whether the outcome carries the last 4 KB of the invocation's log (LogType=Tail)
 */
public record Invocation(String requestId, byte[] payload, String clientContext, boolean tailLog) {}
