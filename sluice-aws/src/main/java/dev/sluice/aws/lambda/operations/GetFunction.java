package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaJson;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.FunctionView;
import dev.sluice.core.result.Result;

/**
 * {@code GET /2015-03-31/functions/{FunctionName}}: the configuration, the code's location (a URL
 * on Sluice's admin routes that answers the zip), tags and reserved concurrency.
 */
public final class GetFunction implements LambdaBinding {
  private final FunctionService functions;

  public GetFunction(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    return functions
        .getFunction(
            request.caller(), request.path("FunctionName"), request.query().first("Qualifier"))
        .map(view -> LambdaJson.json(200, render(request, view)));
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode render(
      LambdaRequest request, FunctionView view) {
    var config = view.configuration();
    var node = LambdaJson.object();
    node.set("Configuration", LambdaJson.configuration(request.caller(), config, false));
    node.putObject("Code")
        .put("RepositoryType", "S3")
        .put(
            "Location",
            "http://"
                + request.host()
                + "/_sluice/functions/"
                + config.name()
                + "/code/"
                + config.codeSha256());
    if (!view.function().tags().isEmpty()) {
      node.set("Tags", LambdaJson.tags(view.function().tags()));
    }
    if (view.function().reservedConcurrency() != null) {
      node.putObject("Concurrency")
          .put("ReservedConcurrentExecutions", view.function().reservedConcurrency());
    }
    return node;
  }
}
