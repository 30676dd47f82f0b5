package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;
import java.util.Map;

/** {@code POST /2017-03-31/tags/{Resource}}: 204. */
public final class TagResource implements LambdaBinding {
  private final FunctionService functions;

  public TagResource(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body -> {
              var tags = RequestFields.strings(body.get("Tags"));
              return functions.tagResource(
                  request.caller(), request.path("Resource"), tags == null ? Map.of() : tags);
            })
        .map(none -> LambdaJson.empty(204));
  }
}
