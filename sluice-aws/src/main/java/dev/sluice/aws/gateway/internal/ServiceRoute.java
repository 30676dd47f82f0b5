package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.protocol.WireProtocol;

/**
 * Where the gateway sends a request.
 *
 * @param service the SigV4 signing name ({@code s3}, {@code states}, ...)
 * @param protocol the protocol the request speaks, which decides how errors are rendered
 * @param operation what the request asks for, for messages: the {@code X-Amz-Target}, the query
 *     {@code Action}, or the method and path
 */
public record ServiceRoute(String service, WireProtocol protocol, String operation) {}
