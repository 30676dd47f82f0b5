package dev.sluice.core.functions;

/**
 * An Invoke call.
 *
 * @param functionName a name, partial or full ARN, possibly qualified
 * @param qualifier the Qualifier parameter, or null
 * @param requestId the request id the invocation runs under
 * @param payload the event, JSON bytes (empty means {@code {}})
 * @param clientContext X-Amz-Client-Context, or null
 */
public record InvokeInput(
    String functionName,
    String qualifier,
    InvocationType type,
    boolean tailLog,
    String clientContext,
    String requestId,
    byte[] payload) {}
