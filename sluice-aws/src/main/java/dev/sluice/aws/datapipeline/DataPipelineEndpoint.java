package dev.sluice.aws.datapipeline;

import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.operations.DataPipelineBinding;
import dev.sluice.aws.datapipeline.operations.DataPipelineBindings;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.JsonProtocolCalls;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Failure;
import java.util.function.UnaryOperator;

/**
 * AWS Data Pipeline on the shared port, in json 1.1: {@code X-Amz-Target: DataPipeline.<Operation>}
 * selects the binding; the model's constraints are checked before the service is called; results
 * and failures are rendered with {@code x-amzn-RequestId}.
 */
public final class DataPipelineEndpoint implements ServiceEndpoint {
  /** The {@code X-Amz-Target} prefix of Data Pipeline's operations. */
  public static final String TARGET_PREFIX = "DataPipeline.";

  /**
   * The largest body read: EvaluateExpression's expression may hold 20 MiB of characters, plus room
   * for the other members and JSON escapes.
   */
  static final int MAX_BODY = 24 << 20;

  private final JsonProtocolCalls<DataPipelineBinding> calls;
  private final String defaultRegion;

  public DataPipelineEndpoint(PipelineService pipelines, String defaultRegion) {
    this.calls =
        new JsonProtocolCalls<>(
            WireProtocol.JSON_1_1,
            TARGET_PREFIX,
            MAX_BODY,
            Failure.of("InvalidRequestException", 400, "The request body exceeds 24 MiB."),
            new DataPipelineBindings(pipelines)::get);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "datapipeline";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return calls.handle(
        call,
        (binding, body) ->
            binding.handle(
                new DataPipelineRequest(body, call.region(defaultRegion), call.account())),
        UnaryOperator.identity());
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return calls.renderFailure(failure, requestId);
  }
}
