package dev.sluice.aws.gateway;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;

/**
 * One AWS service on the shared port. The gateway chooses the endpoint; the endpoint chooses the
 * operation binding and renders results and failures in its protocol.
 */
public interface ServiceEndpoint {

  /**
   * The SigV4 signing name this endpoint answers to: {@code s3}, {@code lambda}, {@code states}.
   */
  String signingName();

  HttpResponse handle(AwsCall call);

  /**
   * Renders a failure that happened before the call reached the endpoint (authentication, a body
   * that could not be decoded) in this service's protocol.
   */
  HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure);
}
