package dev.sluice.aws.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The calls of one {@code json} protocol (1.0 or 1.1) service: {@code X-Amz-Target:
 * <prefix><Operation>} selects the binding, which answers the body's JSON object (read within a
 * size limit); results and failures are rendered with {@code x-amzn-RequestId}.
 *
 * @param <B> the service's binding type
 */
public final class JsonProtocolCalls<B> {
  /** How a binding answers one call's JSON object. */
  @FunctionalInterface
  public interface Answer<B> {
    Result<ObjectNode> answer(B binding, JsonNode body);
  }

  private final WireProtocol protocol;
  private final String targetPrefix;
  private final int maxBodyBytes;
  private final Failure tooLarge;
  private final Function<String, Optional<B>> bindings;

  /**
   * @param tooLarge the service's failure for a body over {@code maxBodyBytes}
   * @param bindings the binding of an operation name, if the service answers it
   */
  public JsonProtocolCalls(
      WireProtocol protocol,
      String targetPrefix,
      int maxBodyBytes,
      Failure tooLarge,
      Function<String, Optional<B>> bindings) {
    if (!protocol.isJson()) {
      throw new IllegalArgumentException("not a json protocol: " + protocol);
    }
    this.protocol = protocol;
    this.targetPrefix = targetPrefix;
    this.maxBodyBytes = maxBodyBytes;
    this.tooLarge = tooLarge;
    this.bindings = bindings;
  }

  /** Answers the call; its failures pass through {@code failures} before they are rendered. */
  public HttpResponse handle(AwsCall call, Answer<B> answer, UnaryOperator<Failure> failures) {
    var result =
        binding(call.request().headers().first("X-Amz-Target"))
            .flatMap(
                binding ->
                    JsonBodies.read(call.payload(), maxBodyBytes, tooLarge)
                        .flatMap(body -> answer.answer(binding, body)));
    return switch (result) {
      case Result.Ok<ObjectNode> ok -> JsonBodies.respond(protocol, ok.value(), call.requestId());
      case Result.Err<ObjectNode> err ->
          renderFailure(failures.apply(err.failure()), call.requestId());
    };
  }

  public HttpResponse renderFailure(Failure failure, String requestId) {
    return JsonErrors.render(protocol, failure, requestId);
  }

  /** The binding of {@code target}'s operation; an unknown one is an UnknownOperationException. */
  private Result<B> binding(String target) {
    var operation =
        target != null && target.startsWith(targetPrefix)
            ? target.substring(targetPrefix.length())
            : "";
    return bindings
        .apply(operation)
        .<Result<B>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    Failure.of(
                        "UnknownOperationException",
                        400,
                        "Sluice does not support the operation " + target + ".")));
  }
}
