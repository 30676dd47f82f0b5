package dev.sluice.core.topics.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Optional;
import java.util.Set;

/** SNS's checks of the parts of a delivery policy, with its InvalidParameter messages. */
public final class PolicyChecks {
  private static final Set<String> FUNCTIONS =
      Set.of("linear", "arithmetic", "geometric", "exponential");
  private static final int MAX_DELAY = 3600;
  private static final int MAX_RETRIES = 100;

  private PolicyChecks() {}

  public static Result<Void> invalid(String reason) {
    return Result.err(
        Failure.of("InvalidParameter", 400, "Invalid parameter: DeliveryPolicy: " + reason));
  }

  /** A healthy retry policy at {@code path} ({@code healthyRetryPolicy}, ...). */
  public static Optional<String> retryPolicy(String path, JsonNode node) {
    if (!node.isObject()) {
      return Optional.of(path + " must be an object");
    }
    for (var required : new String[] {"minDelayTarget", "maxDelayTarget", "numRetries"}) {
      if (!node.has(required)) {
        return Optional.of(path + "." + required + " must be specified");
      }
    }
    for (var field :
        new String[] {
          "minDelayTarget",
          "maxDelayTarget",
          "numRetries",
          "numMaxDelayRetries",
          "numNoDelayRetries",
          "numMinDelayRetries"
        }) {
      if (node.has(field) && !node.get(field).canConvertToInt()) {
        return Optional.of(path + "." + field + " must be an integer");
      }
    }
    var function = node.path("backoffFunction");
    if (node.has("backoffFunction") && !FUNCTIONS.contains(function.asText())) {
      return Optional.of(
          path + ".backoffFunction must be one of linear, arithmetic, geometric, exponential");
    }
    return limits(path, RetryPolicy.over(RetryPolicy.DEFAULT, node));
  }

  private static Optional<String> limits(String path, RetryPolicy p) {
    if (p.minDelayTarget() < 1) {
      return Optional.of(path + ".minDelayTarget must be greater than or equal to 1");
    }
    if (p.maxDelayTarget() > MAX_DELAY) {
      return Optional.of(path + ".maxDelayTarget must be less than or equal to " + MAX_DELAY);
    }
    if (p.minDelayTarget() > p.maxDelayTarget()) {
      return Optional.of(path + ".minDelayTarget must be less than or equal to maxDelayTarget");
    }
    if (p.numRetries() < 0 || p.numRetries() > MAX_RETRIES) {
      return Optional.of(path + ".numRetries must be between 0 and " + MAX_RETRIES);
    }
    if (p.numNoDelayRetries() < 0 || p.numMinDelayRetries() < 0 || p.numMaxDelayRetries() < 0) {
      return Optional.of(
          path
              + ".numNoDelayRetries, numMinDelayRetries and numMaxDelayRetries must be greater"
              + " than or equal to 0");
    }
    if (p.numNoDelayRetries() + p.numMinDelayRetries() + p.numMaxDelayRetries() > p.numRetries()) {
      return Optional.of(
          path
              + ": numNoDelayRetries + numMinDelayRetries + numMaxDelayRetries must be less than"
              + " or equal to numRetries");
    }
    var total = 0L;
    for (var retry = 1; retry <= p.numRetries(); retry++) {
      total += p.delayBefore(retry).orElseThrow().toSeconds();
    }
    if (total > MAX_DELAY) {
      return Optional.of(
          path + ": the total retry time must be less than or equal to 3600 seconds");
    }
    return Optional.empty();
  }

  /** A throttle policy at {@code path}. */
  public static Optional<String> throttlePolicy(String path, JsonNode node) {
    if (!node.isObject()) {
      return Optional.of(path + " must be an object");
    }
    var rate = node.path("maxReceivesPerSecond");
    if (!node.has("maxReceivesPerSecond") || !rate.canConvertToInt() || rate.asInt() < 1) {
      return Optional.of(path + ".maxReceivesPerSecond must be greater than or equal to 1");
    }
    return Optional.empty();
  }

  /** A request policy at {@code path}. */
  public static Optional<String> requestPolicy(String path, JsonNode node) {
    if (!node.isObject()) {
      return Optional.of(path + " must be an object");
    }
    var type = node.path("headerContentType");
    if (node.has("headerContentType") && (!type.isTextual() || type.asText().isBlank())) {
      return Optional.of(path + ".headerContentType must be a content type");
    }
    return Optional.empty();
  }
}
