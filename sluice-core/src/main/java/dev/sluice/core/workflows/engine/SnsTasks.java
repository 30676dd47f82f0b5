package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.TopicService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code arn:aws:states:::sns:publish} (and its {@code .waitForTaskToken} form) on Sluice's topics:
 * the parameters become Publish's input, the result is Publish's answer with the SDK's HTTP
 * metadata, and SNS's errors fail the task as {@code SNS.<Exception>} with the Java SDK v1's cause
 * text.
 */
public final class SnsTasks implements TaskIntegration {
  private final Supplier<TopicService> topics;

  public SnsTasks(Supplier<TopicService> topics) {
    this.topics = topics;
  }

  @Override
  public boolean serves(TaskResource resource) {
    return resource.style() == TaskResource.Style.SERVICE
        && resource.resourceType().equals("sns")
        && resource.action().equals("publish")
        && (resource.pattern() == TaskResource.Pattern.REQUEST_RESPONSE
            || resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN);
  }

  @Override
  public TaskOutcome run(TaskCall call) {
    String requestId = UUID.randomUUID().toString();
    return switch (topics.get().publish(input(call.parameters()))) {
      case Result.Err<Published> err -> failed(err.failure(), requestId);
      case Result.Ok<Published> ok ->
          new TaskOutcome.Done(SnsPublishResponse.of(ok.value(), requestId));
    };
  }

  /** Publish's input from the task's parameters; absent parameters stay null. */
  static PublishInput input(JsonNode p) {
    return new PublishInput(
        text(p.get("TopicArn")),
        text(p.get("TargetArn")),
        text(p.get("PhoneNumber")),
        text(p.get("Message")),
        text(p.get("Subject")),
        text(p.get("MessageStructure")),
        attributes(p.get("MessageAttributes")),
        text(p.get("MessageGroupId")),
        text(p.get("MessageDeduplicationId")));
  }

  /**
   * A string as it is; any other JSON value as its (compact) JSON text, as Step Functions sends.
   */
  private static String text(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return null;
    }
    return value.isTextual() ? value.asText() : Json.write(value);
  }

  private static Map<String, MessageAttribute> attributes(JsonNode attributes) {
    Map<String, MessageAttribute> out = new LinkedHashMap<>();
    if (attributes == null || !attributes.isObject()) {
      return out;
    }
    attributes
        .properties()
        .forEach(
            entry -> {
              JsonNode value = entry.getValue();
              String binary = text(value.get("BinaryValue"));
              out.put(
                  entry.getKey(),
                  new MessageAttribute(
                      text(value.get("DataType")),
                      text(value.get("StringValue")),
                      binary == null ? null : bytes(binary)));
            });
    return out;
  }

  /** A Binary attribute's value arrives base64-encoded, as the SDK's JSON form of a blob. */
  private static byte[] bytes(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return base64.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** SNS's error as the Java SDK v1 names and describes it. */
  static TaskOutcome failed(Failure failure, String requestId) {
    return new TaskOutcome.Failed(
        "SNS." + exceptionName(failure.code()),
        failure.message()
            + " (Service: AmazonSNS; Status Code: "
            + failure.status()
            + "; Error Code: "
            + failure.code()
            + "; Request ID: "
            + requestId
            + "; Proxy: null)");
  }

  /** The SDK's exception class for an SNS error code ({@code NotFound}: NotFoundException). */
  static String exceptionName(String code) {
    return switch (code) {
      case "ParameterValueInvalid" -> "InvalidParameterValueException";
      default -> code.endsWith("Exception") ? code : code + "Exception";
    };
  }
}
