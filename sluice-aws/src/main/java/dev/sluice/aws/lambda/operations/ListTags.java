package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2017-03-31/tags/{Resource}}. */
public final class ListTags implements LambdaBinding {
  private final FunctionService functions;

  public ListTags(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .listTags(request.caller(), request.path("Resource"))
        .map(
            tags -> {
              var node = LambdaJson.object();
              node.set("Tags", LambdaJson.tags(tags));
              return LambdaJson.json(200, node);
            });
  }
}
