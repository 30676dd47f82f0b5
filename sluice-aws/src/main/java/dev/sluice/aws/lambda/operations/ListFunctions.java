package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.PagedListing;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2015-03-31/functions}: Marker/MaxItems paging, FunctionVersion=ALL. */
public final class ListFunctions implements LambdaBinding {
  private final FunctionService functions;

  public ListFunctions(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    boolean all = "ALL".equals(request.query().first("FunctionVersion"));
    return PagedListing.respond(
        request,
        (marker, max) -> functions.listFunctions(request.caller(), all, marker, max),
        "Functions",
        c -> LambdaJson.configuration(request.caller(), c, all));
  }
}
