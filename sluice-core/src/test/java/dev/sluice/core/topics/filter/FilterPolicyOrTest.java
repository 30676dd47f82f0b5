package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyOrTest {

  private final FilterPolicy sourceOrMetric =
      attributes(
          "{'source': ['aws.cloudwatch'], '$or': ["
              + "{'metricName': ['CPUUtilization', 'ReadLatency']},"
              + "{'namespace': ['AWS/EC2', 'AWS/ES']}]}");

  /** Whether a message from aws.cloudwatch with one more String attribute passes the policy. */
  private boolean fromCloudWatch(String key, String value) {
    return matchesAttrs(sourceOrMetric, "source", "String", "aws.cloudwatch", key, "String", value);
  }

  @Test
  void matchesWhenTheFirstAlternativeMatches() {
    assertThat(fromCloudWatch("metricName", "ReadLatency")).isTrue();
  }

  @Test
  void matchesWhenTheSecondAlternativeMatches() {
    assertThat(fromCloudWatch("namespace", "AWS/EC2")).isTrue();
  }

  @Test
  void stillRequiresTheKeysOutsideTheOr() {
    assertThat(
            matchesAttrs(
                sourceOrMetric, "source", "String", "aws.s3", "namespace", "String", "AWS/EC2"))
        .isFalse();
  }

  @Test
  void doesNotMatchWhenNoAlternativeMatches() {
    assertThat(fromCloudWatch("namespace", "AWS/Lambda")).isFalse();
  }

  @Test
  void worksInsideNestedBodyPolicies() {
    FilterPolicy policy =
        body("{'data': {'$or': [{'source': ['x']}, {'metric': {'name': [{'prefix': 'cpu'}]}}]}}");
    assertThat(matchesBody(policy, "{'data': {'source': 'x'}}")).isTrue();
    assertThat(matchesBody(policy, "{'data': {'metric': {'name': 'cpu-load'}}}")).isTrue();
    assertThat(matchesBody(policy, "{'data': {'source': 'y'}}")).isFalse();
  }
}
