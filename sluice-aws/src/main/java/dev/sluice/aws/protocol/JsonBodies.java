package dev.sluice.aws.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bodies of the {@code json} protocols (1.0 and 1.1): a request's JSON object read within a
 * size limit, read again as an operation's input shape (members the shape does not know are
 * ignored, as AWS does), and a result written with {@code x-amzn-RequestId}.
 */
public final class JsonBodies {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper UPPER_CAMEL =
      MAPPER.copy().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);

  private JsonBodies() {}

  /**
   * The request's JSON object; an empty body counts as {@code {}}, a body over {@code maxBytes} is
   * {@code tooLarge}, anything but a JSON object a {@code SerializationException}.
   */
  public static Result<JsonNode> read(InputStream payload, int maxBytes, Failure tooLarge) {
    try {
      var bytes = payload.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        return Result.err(tooLarge);
      }
      var node = bytes.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(bytes);
      return node != null && node.isObject()
          ? Result.ok(node)
          : Result.err(serialization("The request body is not a JSON object."));
    } catch (JsonProcessingException e) {
      return Result.err(serialization("The request body is not valid JSON."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body read as an operation's input shape; a member of another type cannot be read. */
  public static <T> Result<T> input(JsonNode body, Class<T> shape) {
    return input(MAPPER, body, shape);
  }

  /**
   * As {@link #input(JsonNode, Class)}, for services whose members are named in UpperCamelCase
   * (Glue's {@code JobName}): the shape's components are named in lowerCamelCase as usual.
   */
  public static <T> Result<T> upperCamelInput(JsonNode body, Class<T> shape) {
    return input(UPPER_CAMEL, body, shape);
  }

  private static <T> Result<T> input(ObjectMapper mapper, JsonNode body, Class<T> shape) {
    try {
      return Result.ok(mapper.treeToValue(body, shape));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Result.err(
          serialization("The request body does not match the operation's input: " + messageOf(e)));
    }
  }

  /** A 200 answer carrying {@code output} in the protocol's content type. */
  public static HttpResponse respond(WireProtocol protocol, ObjectNode output, String requestId) {
    try {
      var response =
          HttpResponse.bytes(200, protocol.contentType(), MAPPER.writeValueAsBytes(output));
      response.headers().set("x-amzn-RequestId", requestId);
      return response;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static Failure serialization(String message) {
    return Failure.of("SerializationException", 400, message);
  }

  private static String messageOf(Exception e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }
}
