package dev.sluice.aws.gateway;

import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.http.Headers;
import java.io.InputStream;

/**
 * What authentication yields: the signer's identity and the decoded payload.
 *
 * @param payloadLength the decoded length, or -1 when unknown
 * @param trailers aws-chunked trailer headers, filled once {@code payload} reached its end
 */
public record AuthenticatedRequest(
    Identity identity, InputStream payload, long payloadLength, Headers trailers) {}
