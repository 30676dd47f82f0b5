package dev.sluice.aws.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.auth.AuthSettings;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.JsonErrors;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.aws.stepfunctions.internal.ErrorTypes;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.aws.stepfunctions.operations.StatesBinding;
import dev.sluice.aws.stepfunctions.operations.StatesBindings;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * AWS Step Functions on the shared port, in json 1.0: {@code X-Amz-Target:
 * AWSStepFunctions.<Operation>} selects the binding; results and failures (with Step Functions'
 * namespaced {@code __type}) are rendered with {@code x-amzn-RequestId}.
 */
public final class StepFunctionsEndpoint implements ServiceEndpoint {
  /** The {@code X-Amz-Target} prefix of Step Functions' operations. */
  public static final String TARGET_PREFIX = "AWSStepFunctions.";

  static final int MAX_BODY = 4 << 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final StatesBindings bindings;
  private final String defaultRegion;

  public StepFunctionsEndpoint(WorkflowService workflows, String defaultRegion) {
    this.bindings = new StatesBindings(workflows);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "states";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    var result =
        binding(call.request().headers().first("X-Amz-Target"))
            .flatMap(
                binding -> body(call.payload()).flatMap(b -> binding.handle(request(call, b))));
    return switch (result) {
      case Result.Ok<ObjectNode> ok -> respond(ok.value(), call.requestId());
      case Result.Err<ObjectNode> err ->
          renderFailure(call.request(), call.requestId(), ErrorTypes.namespaced(err.failure()));
    };
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return JsonErrors.render(WireProtocol.JSON_1_0, failure, requestId);
  }

  private Result<StatesBinding> binding(String target) {
    var operation =
        target != null && target.startsWith(TARGET_PREFIX)
            ? target.substring(TARGET_PREFIX.length())
            : "";
    return bindings
        .get(operation)
        .<Result<StatesBinding>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    Failure.of(
                        "UnknownOperationException",
                        400,
                        "Sluice does not support the operation " + target + ".")));
  }

  private StatesRequest request(AwsCall call, JsonNode body) {
    var identity = call.identity();
    var region = identity == null || identity.region() == null ? defaultRegion : identity.region();
    var account =
        identity == null || identity.account() == null
            ? AuthSettings.DEFAULT_ACCOUNT
            : identity.account();
    return new StatesRequest(body, region, account);
  }

  /** The request's JSON object; an empty body counts as {@code {}}. */
  private static Result<JsonNode> body(InputStream payload) {
    try {
      var bytes = payload.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        return Result.err(serialization("The request body exceeds 4 MiB."));
      }
      var node = bytes.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(bytes);
      return node != null && node.isObject()
          ? Result.ok(node)
          : Result.err(serialization("The request body is not a JSON object."));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Result.err(serialization("The request body is not valid JSON."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Failure serialization(String message) {
    return Failure.of("SerializationException", 400, message);
  }

  private static HttpResponse respond(ObjectNode output, String requestId) {
    try {
      var response =
          HttpResponse.bytes(
              200, WireProtocol.JSON_1_0.contentType(), MAPPER.writeValueAsBytes(output));
      response.headers().set("x-amzn-RequestId", requestId);
      return response;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
