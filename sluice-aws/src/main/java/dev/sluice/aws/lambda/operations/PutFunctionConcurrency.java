package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaErrors;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code PUT /2017-10-31/functions/{FunctionName}/concurrency}. */
public final class PutFunctionConcurrency implements LambdaBinding {
  private final FunctionService functions;

  public PutFunctionConcurrency(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body -> {
              var reserved = RequestFields.integer(body, "ReservedConcurrentExecutions");
              if (reserved == null) {
                return Result.err(
                    LambdaErrors.invalidParameter("ReservedConcurrentExecutions is required."));
              }
              return functions.putFunctionConcurrency(
                  request.caller(), request.path("FunctionName"), reserved);
            })
        .map(
            reserved ->
                LambdaJson.json(
                    200, LambdaJson.object().put("ReservedConcurrentExecutions", reserved)));
  }
}
