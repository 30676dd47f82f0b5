package dev.sluice.aws.gateway;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Result;

/**
 * Reads (and, when credentials are configured, verifies) a request's SigV4 signature from the
 * Authorization header or presigned query parameters, and opens the request's payload with any
 * aws-chunked framing removed and chunk signatures and payload hashes checked as it is read.
 *
 * @see AuthenticatedRequest
 */
@FunctionalInterface
public interface RequestAuthenticator {

  /**
   * @param service the signing name of the service the gateway routed the request to; decides the
   *     error codes (S3's {@code SignatureDoesNotMatch} vs the JSON services' {@code
   *     InvalidSignatureException}) and the canonical path encoding
   */
  Result<AuthenticatedRequest> authenticate(HttpRequest request, String service);
}
