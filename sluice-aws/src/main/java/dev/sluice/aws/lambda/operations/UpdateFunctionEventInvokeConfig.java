package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code POST /2019-09-25/functions/{FunctionName}/event-invoke-config}. */
public final class UpdateFunctionEventInvokeConfig implements LambdaBinding {
  private final FunctionService functions;

  public UpdateFunctionEventInvokeConfig(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return request
        .json()
        .flatMap(
            body ->
                functions.updateEventInvokeConfig(
                    request.caller(), EventInvokeConfigRequest.read(request, body)))
        .map(view -> LambdaJson.json(200, LambdaJson.eventInvokeConfig(view)));
  }
}
