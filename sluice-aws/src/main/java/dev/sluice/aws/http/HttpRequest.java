package dev.sluice.aws.http;

import java.io.InputStream;

/**
 * An HTTP request as the server received it, before any AWS decoding.
 *
 * @param rawPath the path exactly as sent (percent-encoding intact)
 * @param rawQuery the query string exactly as sent, or "" when there is none
 * @param host the Host header (with port)
 * @param body the body as sent (aws-chunked framing intact); empty when there is none
 * @param contentLength the Content-Length header, or -1
 * @param remoteAddress the client's IP address
 */
public record HttpRequest(
    String method,
    String rawPath,
    String rawQuery,
    String host,
    Headers headers,
    InputStream body,
    long contentLength,
    String remoteAddress) {}
