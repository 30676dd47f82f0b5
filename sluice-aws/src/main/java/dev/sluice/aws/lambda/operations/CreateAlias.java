package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.AliasInput;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code POST /2015-03-31/functions/{FunctionName}/aliases}: 201 with the alias. */
public final class CreateAlias implements LambdaBinding {
  private final FunctionService functions;

  public CreateAlias(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                functions.createAlias(
                    request.caller(),
                    new AliasInput(
                        request.path("FunctionName"),
                        RequestFields.text(body, "Name"),
                        RequestFields.text(body, "FunctionVersion"),
                        RequestFields.text(body, "Description"),
                        RequestFields.weights(body.get("RoutingConfig")),
                        null)))
        .map(alias -> LambdaJson.json(201, LambdaJson.alias(alias)));
  }
}
