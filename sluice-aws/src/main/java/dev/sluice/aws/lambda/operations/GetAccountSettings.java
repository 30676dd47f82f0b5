package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2016-08-19/account-settings}: Lambda's limits and the account's usage. */
public final class GetAccountSettings implements LambdaBinding {
  private final FunctionService functions;

  public GetAccountSettings(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    var settings = functions.accountSettings(request.caller());
    var node = LambdaJson.object();
    node.putObject("AccountLimit")
        .put("TotalCodeSize", settings.totalCodeSizeLimit())
        .put("CodeSizeUnzipped", settings.codeSizeUnzipped())
        .put("CodeSizeZipped", settings.codeSizeZipped())
        .put("ConcurrentExecutions", settings.concurrentExecutions())
        .put("UnreservedConcurrentExecutions", settings.unreservedConcurrentExecutions());
    node.putObject("AccountUsage")
        .put("TotalCodeSize", settings.totalCodeSize())
        .put("FunctionCount", settings.functionCount());
    return Result.ok(LambdaJson.json(200, node));
  }
}
