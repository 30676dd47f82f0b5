package dev.sluice.aws.gateway;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;

/** The AWS side of the one port: authenticates, routes to a service, renders its errors. */
public interface AwsGateway {
  HttpResponse handle(HttpRequest request);
}
