package dev.sluice.aws.lambda.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One Lambda request: the path's parameters, the query, the headers, the body, and who calls.
 *
 * @param pathParameters the values of the route's {@code {Name}} segments, decoded
 */
public record LambdaRequest(AwsCall call, Map<String, String> pathParameters, LambdaQuery query) {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final long MAX_JSON_BODY = 70L * 1024 * 1024;

  public String path(String name) {
    return pathParameters.get(name);
  }

  public String header(String name) {
    return call.request().headers().first(name);
  }

  public String requestId() {
    return call.requestId();
  }

  public FunctionCaller caller() {
    return new FunctionCaller(call.identity().region(), call.identity().account());
  }

  /** The Host the client addressed, for URLs pointing back at Sluice. */
  public String host() {
    return call.request().host();
  }

  /** The body as JSON, an empty object when there is none. */
  public Result<JsonNode> json() {
    var bytes = bytes(MAX_JSON_BODY, "request");
    if (!bytes.isOk()) {
      return Result.err(bytes.failure());
    }
    if (bytes.value().length == 0) {
      return Result.ok(JSON.createObjectNode());
    }
    try {
      var node = JSON.readTree(bytes.value());
      if (node == null || !node.isObject()) {
        return Result.err(LambdaErrors.unparsableBody());
      }
      return Result.ok(node);
    } catch (IOException e) {
      return Result.err(LambdaErrors.unparsableBody());
    }
  }

  /**
   * The body's bytes; more than {@code limit} is RequestEntityTooLargeException naming {@code
   * operation} as Lambda does.
   */
  public Result<byte[]> bytes(long limit, String operation) {
    try (var in = call.payload()) {
      var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        return Result.err(
            LambdaErrors.of(
                "RequestEntityTooLargeException",
                413,
                "Request must be smaller than "
                    + limit
                    + " bytes for the InvokeFunction operation"));
      }
      return Result.ok(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Query parameter values, e.g. UntagResource's tagKeys. */
  public List<String> queryAll(String name) {
    return query.all(name);
  }

  /** A query integer such as MaxItems, or null. */
  public Result<Integer> queryInt(String name) {
    var value = query.first(name);
    if (value == null || value.isEmpty()) {
      return Result.ok(null);
    }
    try {
      return Result.ok(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return Result.err(
          LambdaErrors.of(
              "InvalidParameterValueException", 400, "Invalid value for " + name + ": " + value));
    }
  }
}
