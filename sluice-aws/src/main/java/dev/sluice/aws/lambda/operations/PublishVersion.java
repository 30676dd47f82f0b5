package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code POST /2015-03-31/functions/{FunctionName}/versions}: 201 with the version. */
public final class PublishVersion implements LambdaBinding {
  private final FunctionService functions;

  public PublishVersion(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                functions.publishVersion(
                    request.caller(),
                    request.path("FunctionName"),
                    RequestFields.text(body, "CodeSha256"),
                    RequestFields.text(body, "Description"),
                    RequestFields.text(body, "RevisionId")))
        .map(c -> LambdaJson.json(201, LambdaJson.configuration(request.caller(), c, false)));
  }
}
