package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code DELETE /2015-03-31/functions/{FunctionName}/aliases/{Name}}: 204. */
public final class DeleteAlias implements LambdaBinding {
  private final FunctionService functions;

  public DeleteAlias(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .deleteAlias(request.caller(), request.path("FunctionName"), request.path("Name"))
        .map(none -> LambdaJson.empty(204));
  }
}
