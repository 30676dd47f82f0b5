package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
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
    return request
        .queryInt("MaxItems")
        .flatMap(
            max ->
                functions.listFunctions(
                    request.caller(), all, request.query().first("Marker"), max))
        .map(
            page -> {
              var node = LambdaJson.object();
              if (page.nextMarker() != null) {
                node.put("NextMarker", page.nextMarker());
              }
              var list = node.putArray("Functions");
              page.items()
                  .forEach(c -> list.add(LambdaJson.configuration(request.caller(), c, all)));
              return LambdaJson.json(200, node);
            });
  }
}
