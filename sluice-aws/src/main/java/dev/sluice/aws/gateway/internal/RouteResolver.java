package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.gateway.SubscriptionLinks;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.protocol.WireProtocol;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which service a request is for without verifying anything. Strongest hint first: the
 * SigV4 credential scope, the {@code X-Amz-Target} prefix, an S3 host name, the query protocol's
 * {@code Action} and {@code Version} (in the query string or a form body), the unsigned {@link
 * SubscriptionLinks} of SNS's messages, Lambda's and Scheduler's REST paths; everything else is S3.
 */
public final class RouteResolver {
  /** Form bodies are read up to this many bytes to find their {@code Action}. */
  public static final int FORM_PEEK_LIMIT = 1 << 20;

  public RoutedRequest resolve(HttpRequest request) {
    var target = request.headers().first("X-Amz-Target");
    var query = FormParameters.parse(request.rawQuery());
    Optional<String> service =
        CredentialScope.service(request, query)
            .or(() -> KnownService.byTarget(target).map(KnownService::signingName))
            .or(() -> S3Hosts.isS3(request.host()) ? Optional.of("s3") : Optional.empty())
            .or(() -> queryService(query))
            .or(() -> SubscriptionLinks.isLink(request) ? Optional.of("sns") : Optional.empty());
    var current = request;
    var parameters = query;
    if (target == null && !query.containsKey("Action") && mayCarryAction(service, request)) {
      var peek = BodyPeek.of(request, FORM_PEEK_LIMIT);
      var form = FormParameters.parse(completePairs(peek));
      current = peek.request();
      parameters = form;
      service = service.or(() -> queryService(form));
    }
    var name = service.or(() -> RestPaths.serviceOf(request.rawPath())).orElse("s3");
    var protocol = protocolOf(name, target, parameters, request);
    var route =
        new ServiceRoute(name, protocol, operationOf(protocol, target, parameters, request));
    return new RoutedRequest(route, current);
  }

  private static Optional<String> queryService(Map<String, String> parameters) {
    if (!parameters.containsKey("Action")) {
      return Optional.empty();
    }
    return KnownService.byQueryVersion(parameters.get("Version")).map(KnownService::signingName);
  }

  /** A POSTed form body, unless the service is known and never speaks the query protocol. */
  private static boolean mayCarryAction(Optional<String> service, HttpRequest request) {
    if (!request.method().equals("POST")) {
      return false;
    }
    var contentType = request.headers().first("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return false;
    }
    var known = service.flatMap(KnownService::bySigningName);
    return known.isEmpty() || known.get().xmlNamespace() != null;
  }

  /** The peeked text, cut after its last complete pair when the body was longer than the peek. */
  private static String completePairs(BodyPeek peek) {
    if (peek.complete()) {
      return peek.text();
    }
    int last = peek.text().lastIndexOf('&');
    return last < 0 ? "" : peek.text().substring(0, last);
  }

  private static WireProtocol protocolOf(
      String service, String target, Map<String, String> parameters, HttpRequest request) {
    if (target == null && parameters.containsKey("Action")) {
      var known = KnownService.bySigningName(service);
      if (known.isEmpty() || known.get().xmlNamespace() != null) {
        return WireProtocol.QUERY;
      }
    }
    return KnownService.bySigningName(service)
        .map(KnownService::protocol)
        .orElseGet(() -> unknownServiceProtocol(target, request));
  }

  private static WireProtocol unknownServiceProtocol(String target, HttpRequest request) {
    if (target == null) {
      return WireProtocol.REST_JSON;
    }
    var contentType = request.headers().first("Content-Type");
    return contentType != null && contentType.contains("1.0")
        ? WireProtocol.JSON_1_0
        : WireProtocol.JSON_1_1;
  }

  private static String operationOf(
      WireProtocol protocol, String target, Map<String, String> parameters, HttpRequest request) {
    return switch (protocol) {
      case JSON_1_0, JSON_1_1 -> target == null ? "" : target;
      case QUERY -> parameters.getOrDefault("Action", "");
      case REST_JSON, REST_XML -> request.method() + " " + request.rawPath();
    };
  }
}
