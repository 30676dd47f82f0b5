package dev.sluice.core.topics.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.DeliveryPolicies;
import org.junit.jupiter.api.Test;

class DeliveryPoliciesTest {

  private static String topic(String retry) {
    return "{\"http\":{\"defaultHealthyRetryPolicy\":" + retry + "}}";
  }

  @Test
  void acceptsAWellFormedTopicPolicy() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":30,"
                + "\"numRetries\":10,\"numNoDelayRetries\":2,\"numMinDelayRetries\":2,"
                + "\"numMaxDelayRetries\":2,\"backoffFunction\":\"exponential\"},"
                + "\"disableSubscriptionOverrides\":false,"
                + "\"defaultThrottlePolicy\":{\"maxReceivesPerSecond\":5},"
                + "\"defaultRequestPolicy\":{\"headerContentType\":\"application/json\"}}}");
    assertThat(result.isOk()).isTrue();
  }

  @Test
  void refusesAMinimumDelayBelowOneSecond() {
    var result =
        DeliveryPolicies.checkSubscriptionPolicy(
            "{\"healthyRetryPolicy\":{\"minDelayTarget\":0,\"maxDelayTarget\":0,\"numRetries\":0}}");
    assertThat(result.failure().code()).isEqualTo("InvalidParameter");
    assertThat(result.failure().message())
        .isEqualTo(
            "Invalid parameter: DeliveryPolicy: healthyRetryPolicy.minDelayTarget must be greater"
                + " than or equal to 1");
  }

  @Test
  void refusesMoreThanAHundredRetries() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            topic("{\"minDelayTarget\":1,\"maxDelayTarget\":2,\"numRetries\":101}"));
    assertThat(result.failure().message())
        .isEqualTo(
            "Invalid parameter: DeliveryPolicy: http.defaultHealthyRetryPolicy.numRetries must be"
                + " between 0 and 100");
  }

  @Test
  void refusesAMaximumDelayOverAnHour() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            topic("{\"minDelayTarget\":1,\"maxDelayTarget\":3601,\"numRetries\":1}"));
    assertThat(result.failure().message())
        .endsWith("maxDelayTarget must be less than or equal to 3600");
  }

  @Test
  void refusesAMinimumAboveTheMaximum() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            topic("{\"minDelayTarget\":30,\"maxDelayTarget\":20,\"numRetries\":1}"));
    assertThat(result.failure().message())
        .endsWith("minDelayTarget must be less than or equal to maxDelayTarget");
  }

  @Test
  void refusesPhasesThatAddUpToMoreThanTheRetries() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            topic(
                "{\"minDelayTarget\":1,\"maxDelayTarget\":2,\"numRetries\":3,"
                    + "\"numNoDelayRetries\":2,\"numMaxDelayRetries\":2}"));
    assertThat(result.failure().message())
        .endsWith(
            "numNoDelayRetries + numMinDelayRetries + numMaxDelayRetries must be less than"
                + " or equal to numRetries");
  }

  @Test
  void refusesAnUnknownBackoffFunction() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            topic(
                "{\"minDelayTarget\":1,\"maxDelayTarget\":2,\"numRetries\":3,"
                    + "\"backoffFunction\":\"cubic\"}"));
    assertThat(result.failure().message())
        .endsWith("backoffFunction must be one of linear, arithmetic, geometric, exponential");
  }

  @Test
  void refusesAPolicyThatIsNotJson() {
    assertThat(DeliveryPolicies.checkSubscriptionPolicy("{nope").failure().message())
        .isEqualTo("Invalid parameter: DeliveryPolicy: Invalid JSON");
  }

  @Test
  void reportsSnsDefaultsForATopicWithoutPolicy() {
    assertThat(DeliveryPolicies.effectiveTopicPolicy(null))
        .isEqualTo(
            "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,\"maxDelayTarget\":20,"
                + "\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
                + "\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},"
                + "\"disableSubscriptionOverrides\":false,"
                + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}");
  }

  @Test
  void layersTheSubscriptionPolicyOverTheTopicPolicy() {
    var effective =
        DeliveryPolicies.effective(
            "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":50,"
                + "\"numRetries\":7},\"defaultRequestPolicy\":{\"headerContentType\":\"application/json\"}}}",
            "{\"healthyRetryPolicy\":{\"minDelayTarget\":1,\"maxDelayTarget\":10,\"numRetries\":2}}");
    assertThat(effective)
        .isEqualTo(
            "{\"healthyRetryPolicy\":{\"minDelayTarget\":1,\"maxDelayTarget\":10,\"numRetries\":2,"
                + "\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,\"numMinDelayRetries\":0,"
                + "\"backoffFunction\":\"linear\"},\"sicklyRetryPolicy\":null,\"throttlePolicy\":null,"
                + "\"requestPolicy\":{\"headerContentType\":\"application/json\"},\"guaranteed\":false}");
  }

  @Test
  void ignoresTheSubscriptionPolicyWhenTheTopicDisablesOverrides() {
    var effective =
        DeliveryPolicies.effective(
            "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":50,"
                + "\"numRetries\":7},\"disableSubscriptionOverrides\":true}}",
            "{\"healthyRetryPolicy\":{\"minDelayTarget\":1,\"maxDelayTarget\":10,\"numRetries\":2}}");
    assertThat(effective).contains("\"minDelayTarget\":5,\"maxDelayTarget\":50,\"numRetries\":7");
  }

  @Test
  void refusesAPolicyWhoseRetriesTakeLongerThanAnHour() {
    var result =
        DeliveryPolicies.checkTopicPolicy(
            topic("{\"minDelayTarget\":3000,\"maxDelayTarget\":3000,\"numRetries\":2}"));
    assertThat(result.failure().message())
        .endsWith("the total retry time must be less than or equal to 3600 seconds");
  }
}
