package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2015-03-31/functions/{FunctionName}/configuration}. */
public final class GetFunctionConfiguration implements LambdaBinding {
  private final FunctionService functions;

  public GetFunctionConfiguration(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .getFunction(
            request.caller(), request.path("FunctionName"), request.query().first("Qualifier"))
        .map(
            view ->
                LambdaJson.json(
                    200, LambdaJson.configuration(request.caller(), view.configuration(), false)));
  }
}
