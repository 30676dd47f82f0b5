package dev.sluice.server;

import dev.sluice.aws.gateway.RequestAuthenticator;
import dev.sluice.aws.gateway.ServiceEndpoint;
import java.util.List;

/**
 * What the HTTP server serves: the authenticator the gateway checks every request with, one
 * endpoint per AWS service, the outbox view and the function packages of the admin routes, and the
 * resources to close (in this order) after the server stopped: the event dispatcher before the
 * store.
 */
public record Services(
    RequestAuthenticator authenticator,
    List<ServiceEndpoint> endpoints,
    EventsView events,
    FunctionCodeView functionCode,
    List<AutoCloseable> resources) {

  public Services {
    endpoints = List.copyOf(endpoints);
    resources = List.copyOf(resources);
  }

  /** Services without function packages to serve. */
  public Services(
      RequestAuthenticator authenticator,
      List<ServiceEndpoint> endpoints,
      EventsView events,
      List<AutoCloseable> resources) {
    this(authenticator, endpoints, events, FunctionCodeView.none(), resources);
  }
}
