package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.PagedListing;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2019-09-25/functions/{FunctionName}/event-invoke-config/list}. */
public final class ListFunctionEventInvokeConfigs implements LambdaBinding {
  private final FunctionService functions;

  public ListFunctionEventInvokeConfigs(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return PagedListing.respond(
        request,
        (marker, max) ->
            functions.listEventInvokeConfigs(
                request.caller(), request.path("FunctionName"), marker, max),
        "FunctionEventInvokeConfigs",
        LambdaJson::eventInvokeConfig);
  }
}
