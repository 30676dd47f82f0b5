package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaErrors;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.InvocationOutcome;
import dev.sluice.core.functions.InvocationType;
import dev.sluice.core.functions.InvokeInput;
import dev.sluice.core.functions.InvokeResult;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code POST /2015-03-31/functions/{FunctionName}/invocations}: RequestResponse answers the
 * function's result (with {@code X-Amz-Function-Error}, {@code X-Amz-Log-Result}, {@code
 * X-Amz-Executed-Version}), Event 202, DryRun 204.
 */
public final class Invoke implements LambdaBinding {
  private static final long BODY_LIMIT = 6L * 1024 * 1024;

  private final FunctionService functions;

  public Invoke(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Result<HttpResponse> handle(LambdaRequest request) {
    var type = type(request.header("X-Amz-Invocation-Type"));
    if (type == null) {
      return Result.err(
          LambdaErrors.of(
              "InvalidParameterValueException",
              400,
              "Unsupported invocation type " + request.header("X-Amz-Invocation-Type")));
    }
    return request
        .bytes(BODY_LIMIT, "InvokeFunction")
        .flatMap(
            payload ->
                functions.invoke(
                    request.caller(),
                    new InvokeInput(
                        request.path("FunctionName"),
                        request.query().first("Qualifier"),
                        type,
                        "Tail".equals(request.header("X-Amz-Log-Type")),
                        request.header("X-Amz-Client-Context"),
                        request.requestId(),
                        payload)))
        .map(result -> render(result, "Tail".equals(request.header("X-Amz-Log-Type"))));
  }

  private static InvocationType type(String header) {
    if (header == null || header.isEmpty()) {
      return InvocationType.REQUEST_RESPONSE;
    }
    return Arrays.stream(InvocationType.values())
        .filter(t -> t.wireName().equals(header))
        .findFirst()
        .orElse(null);
  }

  private static HttpResponse render(InvokeResult result, boolean tail) {
    return switch (result) {
      case InvokeResult.Permitted p -> HttpResponse.empty(204);
      case InvokeResult.Queued q -> HttpResponse.empty(202);
      case InvokeResult.Completed c -> completed(c, tail);
    };
  }

  private static HttpResponse completed(InvokeResult.Completed completed, boolean tail) {
    var outcome = completed.outcome();
    var payload =
        switch (outcome) {
          case InvocationOutcome.Returned r -> r.payload();
          case InvocationOutcome.Failed f -> f.payload();
        };
    var response = HttpResponse.bytes(200, "application/json", payload);
    response.headers().set("X-Amz-Executed-Version", completed.executedVersion());
    if (outcome instanceof InvocationOutcome.Failed) {
      response.headers().set("X-Amz-Function-Error", "Unhandled");
    }
    if (tail && outcome.logTail() != null) {
      response
          .headers()
          .set(
              "X-Amz-Log-Result",
              Base64.getEncoder()
                  .encodeToString(outcome.logTail().getBytes(StandardCharsets.UTF_8)));
    }
    return response;
  }
}
