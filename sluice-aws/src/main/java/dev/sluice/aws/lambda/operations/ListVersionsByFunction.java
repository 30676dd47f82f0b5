package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.PagedListing;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2015-03-31/functions/{FunctionName}/versions}: $LATEST, then 1, 2, .... */
public final class ListVersionsByFunction implements LambdaBinding {
  private final FunctionService functions;

  public ListVersionsByFunction(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return PagedListing.respond(
        request,
        (marker, max) ->
            functions.listVersions(request.caller(), request.path("FunctionName"), marker, max),
        "Versions",
        c -> LambdaJson.configuration(request.caller(), c, true));
  }
}
