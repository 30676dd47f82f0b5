package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code DELETE /2015-03-31/functions/{FunctionName}}: the function, or one version. */
public final class DeleteFunction implements LambdaBinding {
  private final FunctionService functions;

  public DeleteFunction(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .deleteFunction(
            request.caller(), request.path("FunctionName"), request.query().first("Qualifier"))
        .map(none -> LambdaJson.empty(204));
  }
}
