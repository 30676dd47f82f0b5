package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code DELETE /2017-10-31/functions/{FunctionName}/concurrency}: 204. */
public final class DeleteFunctionConcurrency implements LambdaBinding {
  private final FunctionService functions;

  public DeleteFunctionConcurrency(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .deleteFunctionConcurrency(request.caller(), request.path("FunctionName"))
        .map(none -> LambdaJson.empty(204));
  }
}
