package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2019-09-30/functions/{FunctionName}/concurrency}: {} when none is reserved. */
public final class GetFunctionConcurrency implements LambdaBinding {
  private final FunctionService functions;

  public GetFunctionConcurrency(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .getFunctionConcurrency(request.caller(), request.path("FunctionName"))
        .map(
            reserved -> {
              var node = LambdaJson.object();
              if (reserved != null) {
                node.put("ReservedConcurrentExecutions", reserved);
              }
              return LambdaJson.json(200, node);
            });
  }
}
