package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.UpdateCodeInput;
import dev.sluice.core.result.Result;

/** {@code PUT /2015-03-31/functions/{FunctionName}/code}. */
public final class UpdateFunctionCode implements LambdaBinding {
  private final FunctionService functions;

  public UpdateFunctionCode(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                FunctionCode.read(body)
                    .flatMap(
                        code ->
                            functions.updateFunctionCode(
                                request.caller(),
                                new UpdateCodeInput(
                                    request.path("FunctionName"),
                                    code,
                                    RequestFields.flag(body, "Publish"),
                                    RequestFields.text(body, "RevisionId"),
                                    RequestFields.flag(body, "DryRun")))))
        .map(c -> LambdaJson.json(200, LambdaJson.configuration(request.caller(), c, false)));
  }
}
