package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.JsonErrors;
import dev.sluice.aws.protocol.QueryErrors;
import dev.sluice.aws.protocol.RestJsonErrors;
import dev.sluice.aws.protocol.RestXmlErrors;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.result.Failure;

/**
 * The failures the gateway itself answers with, rendered in the route's protocol: operations of
 * services Sluice has no endpoint for, and bugs.
 */
public final class ProtocolFailures {
  private static final String UNKNOWN_FAILURE =
      "The request processing has failed because of an unknown error, exception or failure.";

  private ProtocolFailures() {}

  public static HttpResponse render(ServiceRoute route, Failure failure, String requestId) {
    return switch (route.protocol()) {
      case JSON_1_0, JSON_1_1 -> JsonErrors.render(route.protocol(), failure, requestId);
      case QUERY -> QueryErrors.render(failure, requestId, namespaceOf(route.service()));
      case REST_JSON -> RestJsonErrors.render(failure, requestId);
      case REST_XML -> RestXmlErrors.render(failure, requestId);
    };
  }

  public static Failure unknownOperation(ServiceRoute route) {
    var unsupported = "Sluice does not support the operation " + route.operation() + ".";
    return switch (route.protocol()) {
      case JSON_1_0, JSON_1_1 -> Failure.of("UnknownOperationException", 400, unsupported);
      case QUERY ->
          Failure.of(
              "InvalidAction",
              400,
              "The action " + route.operation() + " is not valid for this web service.");
      case REST_JSON -> Failure.of("UnknownOperationException", 404, unsupported);
      case REST_XML ->
          Failure.of(
              "NotImplemented",
              501,
              "A header you provided implies functionality that is not implemented");
    };
  }

  public static Failure internalError(WireProtocol protocol) {
    return switch (protocol) {
      case JSON_1_0, JSON_1_1, REST_JSON -> Failure.of("InternalFailure", 500, UNKNOWN_FAILURE);
      case QUERY -> Failure.of("InternalError", 500, UNKNOWN_FAILURE);
      case REST_XML ->
          Failure.of("InternalError", 500, "We encountered an internal error. Please try again.");
    };
  }

  private static String namespaceOf(String service) {
    return KnownService.bySigningName(service).map(KnownService::xmlNamespace).orElse(null);
  }
}
