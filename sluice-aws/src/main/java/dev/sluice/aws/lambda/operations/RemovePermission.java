package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code DELETE /2015-03-31/functions/{FunctionName}/policy/{StatementId}}: 204. */
public final class RemovePermission implements LambdaBinding {
  private final FunctionService functions;

  public RemovePermission(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .removePermission(
            request.caller(),
            request.path("FunctionName"),
            request.query().first("Qualifier"),
            request.path("StatementId"),
            request.query().first("RevisionId"))
        .map(none -> LambdaJson.empty(204));
  }
}
