package dev.sluice.aws.stepfunctions;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.JsonProtocolCalls;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.aws.stepfunctions.internal.ErrorTypes;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.aws.stepfunctions.operations.StatesBinding;
import dev.sluice.aws.stepfunctions.operations.StatesBindings;
import dev.sluice.core.result.Failure;
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

  private final JsonProtocolCalls<StatesBinding> calls;
  private final String defaultRegion;

  public StepFunctionsEndpoint(WorkflowService workflows, String defaultRegion) {
    this.calls =
        new JsonProtocolCalls<>(
            WireProtocol.JSON_1_0,
            TARGET_PREFIX,
            MAX_BODY,
            Failure.of("SerializationException", 400, "The request body exceeds 4 MiB."),
            new StatesBindings(workflows)::get);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "states";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return calls.handle(
        call,
        (binding, body) ->
            binding.handle(new StatesRequest(body, call.region(defaultRegion), call.account())),
        ErrorTypes::namespaced);
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return calls.renderFailure(failure, requestId);
  }
}
