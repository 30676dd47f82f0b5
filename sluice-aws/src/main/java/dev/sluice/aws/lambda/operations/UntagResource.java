package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code DELETE /2017-03-31/tags/{Resource}?tagKeys=...}: 204. */
public final class UntagResource implements LambdaBinding {
  private final FunctionService functions;

  public UntagResource(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .untagResource(request.caller(), request.path("Resource"), request.queryAll("tagKeys"))
        .map(none -> LambdaJson.empty(204));
  }
}
