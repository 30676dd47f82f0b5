package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
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
    return request
        .queryInt("MaxItems")
        .flatMap(
            max ->
                functions.listAliases(
                    request.caller(),
                    request.path("FunctionName"),
                    request.query().first("FunctionVersion"),
                    request.query().first("Marker"),
                    max))
        .map(
            page -> {
              var node = LambdaJson.object();
              if (page.nextMarker() != null) {
                node.put("NextMarker", page.nextMarker());
              }
              var list = node.putArray("Aliases");
              page.items().forEach(a -> list.add(LambdaJson.alias(a)));
              return LambdaJson.json(200, node);
            });
  }
}
