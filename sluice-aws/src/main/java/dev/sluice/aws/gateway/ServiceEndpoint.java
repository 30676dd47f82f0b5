package dev.sluice.aws.gateway;

import dev.sluice.aws.http.HttpResponse;

/**
 * One AWS service on the shared port. The gateway chooses the endpoint; the endpoint chooses the
 * operation binding and renders results and failures in its protocol.
 */
public interface ServiceEndpoint {

  /** The SigV4 signing name this endpoint answers to: {@code s3}, {@code lambda}, {@code states}. */
  String signingName();

  HttpResponse handle(AwsCall call);
}
