package dev.sluice.aws.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.aws.logs.operations.LogsBindings;
import dev.sluice.aws.protocol.JsonBodies;
import dev.sluice.aws.protocol.JsonErrors;
import dev.sluice.aws.protocol.JsonTargets;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * Amazon CloudWatch Logs on the shared port, in json 1.1: {@code X-Amz-Target:
 * Logs_20140328.<Operation>} selects the binding; results and failures are rendered with {@code
 * x-amzn-RequestId}.
 */
public final class LogsEndpoint implements ServiceEndpoint {
  /** The {@code X-Amz-Target} prefix of CloudWatch Logs' operations. */
  public static final String TARGET_PREFIX = "Logs_20140328.";

  static final int MAX_BODY = 5 << 20;
  private static final Failure TOO_LARGE =
      Failure.of("InvalidParameterException", 400, "The request body exceeds 5 MiB.");

  private final LogsBindings bindings;
  private final String defaultRegion;

  public LogsEndpoint(LogService logs, String defaultRegion) {
    this.bindings = new LogsBindings(logs);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "logs";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    var result =
        JsonTargets.binding(
                call.request().headers().first("X-Amz-Target"), TARGET_PREFIX, bindings::get)
            .flatMap(
                binding ->
                    JsonBodies.read(call.payload(), MAX_BODY, TOO_LARGE)
                        .flatMap(b -> binding.handle(request(call, b))));
    return switch (result) {
      case Result.Ok<ObjectNode> ok ->
          JsonBodies.respond(WireProtocol.JSON_1_1, ok.value(), call.requestId());
      case Result.Err<ObjectNode> err ->
          renderFailure(call.request(), call.requestId(), err.failure());
    };
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return JsonErrors.render(WireProtocol.JSON_1_1, failure, requestId);
  }

  private LogsRequest request(AwsCall call, JsonNode body) {
    return new LogsRequest(body, call.region(defaultRegion), call.account());
  }
}
