package dev.sluice.aws.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.JsonBodies;
import dev.sluice.aws.protocol.JsonErrors;
import dev.sluice.aws.protocol.JsonTargets;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.aws.stepfunctions.internal.ErrorTypes;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.aws.stepfunctions.operations.StatesBindings;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/**
 * AWS Step Functions on the shared port, in json 1.0: {@code X-Amz-Target:
 * AWSStepFunctions.<Operation>} selects the binding; results and failures (with Step Functions'
 * namespaced {@code __type}) are rendered with {@code x-amzn-RequestId}.
 */
public final class StepFunctionsEndpoint implements ServiceEndpoint {
  /** The {@code X-Amz-Target} prefix of Step Functions' operations. */
  public static final String TARGET_PREFIX = "AWSStepFunctions.";

  static final int MAX_BODY = 4 << 20;
  private static final Failure TOO_LARGE =
      Failure.of("SerializationException", 400, "The request body exceeds 4 MiB.");

  private final StatesBindings bindings;
  private final String defaultRegion;

  public StepFunctionsEndpoint(WorkflowService workflows, String defaultRegion) {
    this.bindings = new StatesBindings(workflows);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "states";
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
          JsonBodies.respond(WireProtocol.JSON_1_0, ok.value(), call.requestId());
      case Result.Err<ObjectNode> err ->
          renderFailure(call.request(), call.requestId(), ErrorTypes.namespaced(err.failure()));
    };
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return JsonErrors.render(WireProtocol.JSON_1_0, failure, requestId);
  }

  private StatesRequest request(AwsCall call, JsonNode body) {
    return new StatesRequest(body, call.region(defaultRegion), call.account());
  }
}
