package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
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
    return request
        .queryInt("MaxItems")
        .flatMap(
            max ->
                functions.listEventInvokeConfigs(
                    request.caller(),
                    request.path("FunctionName"),
                    request.query().first("Marker"),
                    max))
        .map(
            page -> {
              var node = LambdaJson.object();
              var list = node.putArray("FunctionEventInvokeConfigs");
              page.items().forEach(v -> list.add(LambdaJson.eventInvokeConfig(v)));
              if (page.nextMarker() != null) {
                node.put("NextMarker", page.nextMarker());
              }
              return LambdaJson.json(200, node);
            });
  }
}
