package dev.sluice.aws.logs;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.aws.logs.operations.LogsBinding;
import dev.sluice.aws.logs.operations.LogsBindings;
import dev.sluice.aws.protocol.JsonProtocolCalls;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Failure;
import java.util.function.UnaryOperator;

/**
 * Amazon CloudWatch Logs on the shared port, in json 1.1: {@code X-Amz-Target:
 * Logs_20140328.<Operation>} selects the binding; results and failures are rendered with {@code
 * x-amzn-RequestId}.
 */
public final class LogsEndpoint implements ServiceEndpoint {
  /** The {@code X-Amz-Target} prefix of CloudWatch Logs' operations. */
  public static final String TARGET_PREFIX = "Logs_20140328.";

  static final int MAX_BODY = 5 << 20;

  private final JsonProtocolCalls<LogsBinding> calls;
  private final String defaultRegion;

  public LogsEndpoint(LogService logs, String defaultRegion) {
    this.calls =
        new JsonProtocolCalls<>(
            WireProtocol.JSON_1_1,
            TARGET_PREFIX,
            MAX_BODY,
            Failure.of("InvalidParameterException", 400, "The request body exceeds 5 MiB."),
            new LogsBindings(logs)::get);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "logs";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return calls.handle(
        call,
        (binding, body) ->
            binding.handle(new LogsRequest(body, call.region(defaultRegion), call.account())),
        UnaryOperator.identity());
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return calls.renderFailure(failure, requestId);
  }
}
