package dev.sluice.core.topics.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;

/**
 * An http/https healthy retry policy: {@code numNoDelayRetries} immediate retries, then {@code
 * numMinDelayRetries} at the minimum delay, then the backoff phase (the retries left over) rising
 * from the minimum to the maximum delay by {@code backoffFunction}, then {@code numMaxDelayRetries}
 * at the maximum delay. Delays in seconds.
 */
public record RetryPolicy(
    int minDelayTarget,
    int maxDelayTarget,
    int numRetries,
    int numMaxDelayRetries,
    int numNoDelayRetries,
    int numMinDelayRetries,
    String backoffFunction) {

  public static final RetryPolicy DEFAULT = new RetryPolicy(20, 20, 3, 0, 0, 0, "linear");

  /** The delay before retry {@code retry} (1 = the first retry), or empty once all are used. */
  public Optional<Duration> delayBefore(int retry) {
    if (retry < 1 || retry > numRetries) {
      return Optional.empty();
    }
    var backoff = numRetries - numNoDelayRetries - numMinDelayRetries - numMaxDelayRetries;
    if (retry <= numNoDelayRetries) {
      return Optional.of(Duration.ZERO);
    }
    if (retry <= numNoDelayRetries + numMinDelayRetries) {
      return Optional.of(Duration.ofSeconds(minDelayTarget));
    }
    var step = retry - numNoDelayRetries - numMinDelayRetries;
    if (step > backoff) {
      return Optional.of(Duration.ofSeconds(maxDelayTarget));
    }
    return Optional.of(Duration.ofMillis(Math.round(backoffSeconds(step, backoff) * 1000)));
  }

  private double backoffSeconds(int step, int steps) {
    double min = minDelayTarget;
    double max = maxDelayTarget;
    var t = steps == 1 ? 1.0 : (step - 1) / (double) (steps - 1);
    var shape =
        switch (backoffFunction) {
          case "arithmetic" -> t * t;
          case "geometric" -> 1 - (1 - t) * (1 - t);
          case "exponential" -> min == max ? t : (Math.pow(max / min, t) - 1) / (max / min - 1);
          default -> t;
        };
    return min + (max - min) * shape;
  }

  /** This policy as SNS writes it. */
  public ObjectNode toJson() {
    var node = JsonNodeFactory.instance.objectNode();
    node.put("minDelayTarget", minDelayTarget);
    node.put("maxDelayTarget", maxDelayTarget);
    node.put("numRetries", numRetries);
    node.put("numMaxDelayRetries", numMaxDelayRetries);
    node.put("numNoDelayRetries", numNoDelayRetries);
    node.put("numMinDelayRetries", numMinDelayRetries);
    node.put("backoffFunction", backoffFunction);
    return node;
  }

  /** {@code node}'s fields over {@code base}'s (a checked policy). */
  public static RetryPolicy over(RetryPolicy base, JsonNode node) {
    if (node == null || !node.isObject()) {
      return base;
    }
    return new RetryPolicy(
        node.path("minDelayTarget").asInt(base.minDelayTarget),
        node.path("maxDelayTarget").asInt(base.maxDelayTarget),
        node.path("numRetries").asInt(base.numRetries),
        node.path("numMaxDelayRetries").asInt(0),
        node.path("numNoDelayRetries").asInt(0),
        node.path("numMinDelayRetries").asInt(0),
        node.path("backoffFunction").asText(base.backoffFunction));
  }

  /** The healthy retry policy of an effective subscription-shaped policy JSON (null = default). */
  public static RetryPolicy ofEffective(JsonNode effective) {
    return effective == null ? DEFAULT : over(DEFAULT, effective.get("healthyRetryPolicy"));
  }
}
