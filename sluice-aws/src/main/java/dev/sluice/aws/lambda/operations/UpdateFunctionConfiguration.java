package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code PUT /2015-03-31/functions/{FunctionName}/configuration}. */
public final class UpdateFunctionConfiguration implements LambdaBinding {
  private final FunctionService functions;

  public UpdateFunctionConfiguration(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                functions.updateFunctionConfiguration(
                    request.caller(),
                    request.path("FunctionName"),
                    RequestFields.configuration(body),
                    RequestFields.text(body, "RevisionId")))
        .map(c -> LambdaJson.json(200, LambdaJson.configuration(request.caller(), c, false)));
  }
}
