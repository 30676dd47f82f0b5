package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.CreateFunctionInput;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code POST /2015-03-31/functions}: 201 with the new function's configuration. */
public final class CreateFunction implements LambdaBinding {
  private final FunctionService functions;

  public CreateFunction(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                FunctionCode.read(body.get("Code"))
                    .flatMap(
                        code ->
                            functions.createFunction(
                                request.caller(),
                                new CreateFunctionInput(
                                    RequestFields.text(body, "FunctionName"),
                                    RequestFields.configuration(body),
                                    code,
                                    RequestFields.flag(body, "Publish"),
                                    RequestFields.text(body, "PackageType"),
                                    RequestFields.strings(body.get("Tags"))))))
        .map(c -> LambdaJson.json(201, LambdaJson.configuration(request.caller(), c, false)));
  }
}
