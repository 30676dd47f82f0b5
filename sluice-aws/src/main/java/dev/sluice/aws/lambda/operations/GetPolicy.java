package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Result;

/** {@code GET /2015-03-31/functions/{FunctionName}/policy}: the policy as a JSON string. */
public final class GetPolicy implements LambdaBinding {
  private final FunctionService functions;

  public GetPolicy(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .getPolicy(
            request.caller(), request.path("FunctionName"), request.query().first("Qualifier"))
        .map(
            policy ->
                LambdaJson.json(
                    200,
                    LambdaJson.object()
                        .put("Policy", policy.policy())
                        .put("RevisionId", policy.revisionId())));
  }
}
