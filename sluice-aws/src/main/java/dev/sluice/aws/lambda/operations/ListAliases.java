package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.PagedListing;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2015-03-31/functions/{FunctionName}/aliases}. */
public final class ListAliases implements LambdaBinding {
  private final FunctionService functions;

  public ListAliases(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return PagedListing.respond(
        request,
        (marker, max) ->
            functions.listAliases(
                request.caller(),
                request.path("FunctionName"),
                request.query().first("FunctionVersion"),
                marker,
                max),
        "Aliases",
        LambdaJson::alias);
  }
}
