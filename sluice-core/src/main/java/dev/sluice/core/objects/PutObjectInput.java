package dev.sluice.core.objects;

import java.io.InputStream;

/**
 * A PutObject: the decoded payload (aws-chunked framing already removed) and what to store with it.
 *
 * @param contentLength the decoded payload length the client declared, or -1 when unknown
 * @param conditions If-Match / If-None-Match for conditional writes
 */
public record PutObjectInput(
    String bucket,
    String key,
    InputStream body,
    long contentLength,
    ObjectAttributes attributes,
    ExpectedDigests digests,
    Preconditions conditions,
    RequestContext context) {}
