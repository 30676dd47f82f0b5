package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code DELETE /2019-09-25/functions/{FunctionName}/event-invoke-config}: 204. */
public final class DeleteFunctionEventInvokeConfig implements LambdaBinding {
  private final FunctionService functions;

  public DeleteFunctionEventInvokeConfig(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .deleteEventInvokeConfig(
            request.caller(), request.path("FunctionName"), request.query().first("Qualifier"))
        .map(none -> LambdaJson.empty(204));
  }
}
