package dev.sluice.aws.gateway;

import dev.sluice.aws.auth.AuthSettings;
import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.http.HttpRequest;
import java.io.InputStream;

/**
 * One request on its way to a service: the HTTP request, who signed it, the request id the response
 * carries, and the payload with any aws-chunked framing removed (and its chunk signatures verified
 * as it is read).
 *
 * @param payload the decoded payload
 * @param payloadLength the decoded length ({@code x-amz-decoded-content-length} for aws-chunked,
 *     else Content-Length), or -1
 * @param trailers the aws-chunked trailer headers, filled once {@code payload} reached its end
 */
public record AwsCall(
    HttpRequest request,
    Identity identity,
    String requestId,
    InputStream payload,
    long payloadLength,
    dev.sluice.aws.http.Headers trailers) {

  /** The region the signer scoped the request to, or {@code defaultRegion} when it did not. */
  public String region(String defaultRegion) {
    return identity == null || identity.region() == null ? defaultRegion : identity.region();
  }

  /** The signer's account, or the default account of an unsigned request. */
  public String account() {
    return identity == null || identity.account() == null
        ? AuthSettings.DEFAULT_ACCOUNT
        : identity.account();
  }
}
