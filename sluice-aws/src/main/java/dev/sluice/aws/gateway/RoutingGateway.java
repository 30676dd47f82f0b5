package dev.sluice.aws.gateway;

import dev.sluice.aws.gateway.internal.ProtocolFailures;
import dev.sluice.aws.gateway.internal.RouteResolver;
import dev.sluice.aws.gateway.internal.RoutedRequest;
import dev.sluice.aws.gateway.internal.ServiceRoute;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import dev.sluice.core.result.Result;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The gateway of the one port: decides the service from the request alone, authenticates the
 * request for that service, and hands it to the service's endpoint. Services without an endpoint
 * answer with their protocol's unknown-operation error; a bug anywhere answers with the protocol's
 * internal error (the stack trace goes to the log, never to the client). Puts the chosen service
 * into the logging context under {@link MdcKeys#SERVICE}.
 */
public final class RoutingGateway implements AwsGateway {
  private static final Logger log = LoggerFactory.getLogger(RoutingGateway.class);

  private final RequestAuthenticator authenticator;
  private final Map<String, ServiceEndpoint> endpoints = new LinkedHashMap<>();
  private final Function<String, String> requestIds;
  private final RouteResolver resolver = new RouteResolver();

  /**
   * @param requestIds gives the id of the request being handled, for the service it was routed to
   *     (S3's ids are 16 characters, the other services' UUIDs); called once per request
   */
  public RoutingGateway(
      RequestAuthenticator authenticator,
      List<ServiceEndpoint> endpoints,
      Function<String, String> requestIds) {
    this.authenticator = authenticator;
    this.requestIds = requestIds;
    for (var endpoint : endpoints) {
      if (this.endpoints.putIfAbsent(endpoint.signingName(), endpoint) != null) {
        throw new IllegalArgumentException("two endpoints for " + endpoint.signingName());
      }
    }
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    String requestId = null;
    RoutedRequest routed = null;
    try {
      routed = resolver.resolve(request);
      MDC.put(MdcKeys.SERVICE, routed.route().service());
      requestId = requestIds.apply(routed.route().service());
      return dispatch(routed, requestId);
    } catch (UncheckedIOException e) {
      requestId = requestId != null ? requestId : requestIds.apply("s3");
      if (routed != null && e.getCause() instanceof RejectedInput rejected) {
        return rejected(routed, requestId, rejected.failure());
      }
      log.warn("Request {} failed on I/O: {}", requestId, e.getCause().toString());
      return internalError(routed, request, requestId);
    } catch (RuntimeException bug) {
      requestId = requestId != null ? requestId : requestIds.apply("s3");
      log.error("Request {} failed: {}", requestId, bug.toString(), bug);
      return internalError(routed, request, requestId);
    }
  }

  private HttpResponse dispatch(RoutedRequest routed, String requestId) {
    var route = routed.route();
    var request = routed.request();
    var endpoint = endpoints.get(route.service());
    return switch (authenticator.authenticate(request, route.service())) {
      case Result.Err<AuthenticatedRequest> err -> renderFailure(routed, requestId, err.failure());
      case Result.Ok<AuthenticatedRequest> ok when endpoint == null ->
          ProtocolFailures.render(route, ProtocolFailures.unknownOperation(route), requestId);
      case Result.Ok<AuthenticatedRequest> ok ->
          endpoint.handle(callOf(request, ok.value(), requestId));
    };
  }

  /** A body that broke a rule while the endpoint read it (a bad chunk signature, say). */
  private HttpResponse rejected(RoutedRequest routed, String requestId, Failure failure) {
    try {
      return renderFailure(routed, requestId, failure);
    } catch (RuntimeException bug) {
      log.error("Request {} failed: {}", requestId, bug.toString(), bug);
      return internalError(routed, routed.request(), requestId);
    }
  }

  private static AwsCall callOf(HttpRequest request, AuthenticatedRequest auth, String requestId) {
    return new AwsCall(
        request, auth.identity(), requestId, auth.payload(), auth.payloadLength(), auth.trailers());
  }

  private HttpResponse renderFailure(RoutedRequest routed, String requestId, Failure failure) {
    var endpoint = endpoints.get(routed.route().service());
    return endpoint == null
        ? ProtocolFailures.render(routed.route(), failure, requestId)
        : endpoint.renderFailure(routed.request(), requestId, failure);
  }

  /** The endpoint's own rendering of an internal error when it can, else the protocol's. */
  private HttpResponse internalError(RoutedRequest routed, HttpRequest request, String requestId) {
    ServiceRoute route = routed == null ? fallbackRoute(request) : routed.route();
    var failure = ProtocolFailures.internalError(route.protocol());
    var endpoint = endpoints.get(route.service());
    if (endpoint != null) {
      try {
        return endpoint.renderFailure(request, requestId, failure);
      } catch (RuntimeException alsoBroken) {
        log.error("Rendering the internal error of request {} failed", requestId, alsoBroken);
      }
    }
    return ProtocolFailures.render(route, failure, requestId);
  }

  private static ServiceRoute fallbackRoute(HttpRequest request) {
    return new ServiceRoute(
        "s3", WireProtocol.REST_XML, request.method() + " " + request.rawPath());
  }
}
