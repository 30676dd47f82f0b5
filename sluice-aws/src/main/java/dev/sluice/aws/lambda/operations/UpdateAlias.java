package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.AliasInput;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code PUT /2015-03-31/functions/{FunctionName}/aliases/{Name}}. */
public final class UpdateAlias implements LambdaBinding {
  private final FunctionService functions;

  public UpdateAlias(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                functions.updateAlias(
                    request.caller(),
                    new AliasInput(
                        request.path("FunctionName"),
                        request.path("Name"),
                        RequestFields.text(body, "FunctionVersion"),
                        RequestFields.text(body, "Description"),
                        RequestFields.weights(body.get("RoutingConfig")),
                        RequestFields.text(body, "RevisionId"))))
        .map(alias -> LambdaJson.json(200, LambdaJson.alias(alias)));
  }
}
