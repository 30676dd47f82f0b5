package dev.sluice.server;

import dev.sluice.aws.gateway.RequestAuthenticator;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.topics.TopicService;
import dev.sluice.core.topics.delivery.SigningKey;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the HTTP server serves: the authenticator the gateway checks every request with, one
 * endpoint per AWS service, the outbox view and the function packages of the admin routes, the
 * resources to close (in this order) after the server stopped (the event dispatcher before the
 * store), the sink function and job runtimes write their logs to (readable through the CloudWatch
 * Logs API), and who needs to know the endpoint once the server listens (function instances get it
 * as {@code AWS_ENDPOINT_URL}), and the clock every service reads (advanced through the admin route
 * {@code /_sluice/time}), and SNS's service and signing key for the pages of its e-mail links and
 * its certificate ({@code /_sluice/sns/...}).
 */
public record Services(
    RequestAuthenticator authenticator,
    List<ServiceEndpoint> endpoints,
    EventsView events,
    FunctionCodeView functionCode,
    List<AutoCloseable> resources,
    LogSink logs,
    Consumer<URI> onListening,
    VirtualClock clock,
    Supplier<TopicService> topics,
    Supplier<Optional<SigningKey>> snsSigningKey) {

  public Services {
    endpoints = List.copyOf(endpoints);
    resources = List.copyOf(resources);
  }

  /** Services without SNS (its e-mail link pages answer 503, no signing certificate is served). */
  public Services(
      RequestAuthenticator authenticator,
      List<ServiceEndpoint> endpoints,
      EventsView events,
      FunctionCodeView functionCode,
      List<AutoCloseable> resources,
      LogSink logs,
      Consumer<URI> onListening,
      VirtualClock clock) {
    this(
        authenticator,
        endpoints,
        events,
        functionCode,
        resources,
        logs,
        onListening,
        clock,
        () -> null,
        Optional::empty);
  }

  /** Services without function packages to serve or a log store (writing logs is a bug). */
  public Services(
      RequestAuthenticator authenticator,
      List<ServiceEndpoint> endpoints,
      EventsView events,
      List<AutoCloseable> resources) {
    this(
        authenticator,
        endpoints,
        events,
        FunctionCodeView.none(),
        resources,
        Services::noLogStore,
        endpoint -> {},
        VirtualClock.real());
  }

  private static void noLogStore(String group, String stream, List<LogEvent> events) {
    throw new IllegalStateException("This Sluice was wired without a log store");
  }
}
