package dev.sluice.server;

import dev.sluice.aws.gateway.RequestAuthenticator;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.server.internal.wiring.UnverifiedAuthenticator;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where Sluice's services are created and connected: the store, the services of the
 * core, their AWS endpoints, the event dispatcher and the request authenticator. Everything else in
 * the server only sees the resulting {@link Services}.
 *
 * <p>Services plug in inside {@link #wire}: open the store from {@code config.storeUrl()} and
 * {@code config.dataDir()}; build each core service on the store's ports and add its endpoint to
 * {@code endpoints}; start the event dispatcher on the store's outbox and add it to {@code
 * resources} before the store (resources close in list order, after the HTTP server stopped);
 * replace {@code authenticator} by SigV4 configured from {@code config.auth()}, {@code
 * config.accessKeys()} and {@code config.region()}; and show the outbox with {@code events =
 * outbox::list}.
 */
public final class ServiceRegistry {
  private ServiceRegistry() {}

  public static Services wire(SluiceConfig config) {
    List<ServiceEndpoint> endpoints = new ArrayList<>();
    List<AutoCloseable> resources = new ArrayList<>();
    EventsView events = EventsView.none();
    RequestAuthenticator authenticator =
        new UnverifiedAuthenticator(config.region(), config.auth() == AuthMode.STRICT);
    // ---- services plug in here (store, objects + S3Endpoint, dispatcher, SigV4) ----
    return new Services(authenticator, endpoints, events, resources);
  }
}
