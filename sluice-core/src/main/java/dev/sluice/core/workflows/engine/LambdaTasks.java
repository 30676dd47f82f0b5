package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.InvocationOutcome;
import dev.sluice.core.functions.InvocationType;
import dev.sluice.core.functions.InvokeInput;
import dev.sluice.core.functions.InvokeResult;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Lambda from a Task: a function ARN as the resource (LambdaFunction* events, the result is the
 * payload) or {@code arn:aws:states:::lambda:invoke} (Task* events, the result is Invoke's response
 * with the payload under {@code Payload}). Function errors fail the task with the error type as the
 * error and Lambda's error document as the cause.
 */
public final class LambdaTasks implements TaskIntegration {
  /** The largest result a state may pass on (256 KiB). */
  static final int MAX_PAYLOAD = PayloadLimit.MAX_BYTES;

  private final FunctionService functions;

  public LambdaTasks(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public boolean serves(TaskResource resource) {
    return resource.style() == TaskResource.Style.FUNCTION
        || resource.resourceType().equals("lambda") && resource.action().equals("invoke");
  }

  @Override
  public TaskOutcome run(TaskCall call) {
    boolean service = call.resource().style() == TaskResource.Style.SERVICE;
    JsonNode parameters = call.parameters();
    String function =
        service ? parameters.path("FunctionName").asText(null) : call.resource().arn();
    if (function == null) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The field 'FunctionName' is required but was missing");
    }
    JsonNode payload = service ? parameters.get("Payload") : parameters;
    String qualifier = service ? parameters.path("Qualifier").asText(null) : null;
    String requestId = UUID.randomUUID().toString();
    byte[] event = event(payload, service);
    Result<InvokeResult> result =
        functions.invoke(
            new FunctionCaller(call.region(), call.account()),
            new InvokeInput(
                function,
                qualifier,
                InvocationType.REQUEST_RESPONSE,
                service && "Tail".equals(parameters.path("LogType").asText()),
                null,
                requestId,
                event));
    return switch (result) {
      case Result.Err<InvokeResult> err -> lambdaFailure(err.failure(), requestId);
      case Result.Ok<InvokeResult> ok -> outcome(ok.value(), service, requestId, call);
    };
  }

  /**
   * The event's bytes. Invoke's Payload is a blob: a string Payload is sent as its text, and a null
   * or absent one as no payload (the function sees {@code {}}).
   */
  private static byte[] event(JsonNode payload, boolean service) {
    if (payload == null || payload.isMissingNode() || service && payload.isNull()) {
      return new byte[0];
    }
    String text = service && payload.isTextual() ? payload.asText() : Json.write(payload);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static TaskOutcome outcome(
      InvokeResult result, boolean service, String requestId, TaskCall call) {
    if (!(result instanceof InvokeResult.Completed completed)) {
      return new TaskOutcome.Failed("States.Runtime", "Lambda answered " + result);
    }
    return switch (completed.outcome()) {
      case InvocationOutcome.Failed failed -> functionError(failed, service);
      case InvocationOutcome.Returned returned -> {
        if (returned.payload().length > MAX_PAYLOAD) {
          yield new TaskOutcome.Failed(
              "States.DataLimitExceeded",
              "The state/task '"
                  + (service ? "lambda" : call.resource().arn())
                  + "' returned a result with a size exceeding the maximum number of bytes service"
                  + " limit.");
        }
        JsonNode value = parse(returned.payload());
        yield new TaskOutcome.Done(
            service
                ? invokeResponse(value, returned.payload().length, completed, requestId)
                : value);
      }
    };
  }

  private static TaskOutcome functionError(InvocationOutcome.Failed failed, boolean service) {
    JsonNode document = parse(failed.payload());
    String type = document.path("errorType").asText(failed.errorType());
    // lambda:invoke shows Lambda's error document compact, a function ARN as Python spaced it
    String cause =
        !document.isObject()
            ? new String(failed.payload(), StandardCharsets.UTF_8)
            : service ? Json.write(document) : PythonJson.dumps(document);
    return new TaskOutcome.Failed(type == null || type.isEmpty() ? "Exception" : type, cause);
  }

  private static TaskOutcome lambdaFailure(Failure failure, String requestId) {
    String message = failure.message();
    if (failure.code().equals("ResourceNotFoundException")
        && message.matches("Function not found: arn:[^:]+:lambda:[^:]+:[^:]+:function:[^:]+")) {
      message += ":$LATEST"; // Step Functions invokes the unqualified function as $LATEST
    }
    return new TaskOutcome.Failed(
        "Lambda." + failure.code(),
        message
            + " (Service: AWSLambda; Status Code: "
            + failure.status()
            + "; Error Code: "
            + failure.code()
            + "; Request ID: "
            + requestId
            + "; Proxy: null)");
  }

  private static JsonNode parse(byte[] payload) {
    if (payload.length == 0) {
      return Json.MAPPER.nullNode();
    }
    try {
      return Json.MAPPER.readTree(payload);
    } catch (java.io.IOException e) {
      return Json.MAPPER.getNodeFactory().textNode(new String(payload, StandardCharsets.UTF_8));
    }
  }

  private static ObjectNode invokeResponse(
      JsonNode payload, int length, InvokeResult.Completed completed, String requestId) {
    ObjectNode response = Json.object();
    response.put("ExecutedVersion", completed.executedVersion());
    String logResult =
        completed.outcome().logTail() == null
            ? null
            : java.util.Base64.getEncoder()
                .encodeToString(completed.outcome().logTail().getBytes(StandardCharsets.UTF_8));
    if (logResult != null) {
      response.put("LogResult", logResult);
    }
    response.set("Payload", payload);
    ObjectNode http = response.putObject("SdkHttpMetadata");
    ObjectNode all = http.putObject("AllHttpHeaders");
    ObjectNode headers = http.putObject("HttpHeaders");
    if (logResult != null) {
      header(all, headers, "X-Amz-Log-Result", logResult);
    }
    header(all, headers, "X-Amz-Executed-Version", completed.executedVersion());
    header(all, headers, "x-amzn-Remapped-Content-Length", "0");
    header(all, headers, "Connection", "keep-alive");
    header(all, headers, "x-amzn-RequestId", requestId);
    header(all, headers, "Content-Length", Integer.toString(length));
    header(
        all,
        headers,
        "Date",
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
    header(
        all,
        headers,
        "X-Amzn-Trace-Id",
        "Root=1-"
            + Long.toHexString(System.currentTimeMillis() / 1000)
            + "-"
            + requestId.replace("-", "").substring(0, 24));
    header(all, headers, "Content-Type", "application/json");
    http.put("HttpStatusCode", 200);
    response.putObject("SdkResponseMetadata").put("RequestId", requestId);
    response.put("StatusCode", 200);
    return response;
  }

  private static void header(ObjectNode all, ObjectNode headers, String name, String value) {
    all.putArray(name).add(value);
    headers.put(name, value);
  }
}
