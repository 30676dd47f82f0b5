package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2015-03-31/functions/{FunctionName}/aliases/{Name}}. */
public final class GetAlias implements LambdaBinding {
  private final FunctionService functions;

  public GetAlias(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .getAlias(request.caller(), request.path("FunctionName"), request.path("Name"))
        .map(alias -> LambdaJson.json(200, LambdaJson.alias(alias)));
  }
}
