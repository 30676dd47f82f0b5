package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyStringOperatorsTest {

  @Test
  void prefixMatchesValuesBeginningWithIt() {
    FilterPolicy policy = attributes("{'customer_interests': [{'prefix': 'bas'}]}");
    assertThat(matchesAttrs(policy, "customer_interests", "String", "baseball")).isTrue();
    assertThat(matchesAttrs(policy, "customer_interests", "String", "basketball")).isTrue();
    assertThat(matchesAttrs(policy, "customer_interests", "String", "rugby")).isFalse();
  }

  @Test
  void prefixDoesNotApplyToNumbers() {
    FilterPolicy policy = attributes("{'code': [{'prefix': '12'}]}");
    assertThat(matchesAttrs(policy, "code", "Number", "123")).isFalse();
    assertThat(matchesAttrs(policy, "code", "String", "123")).isTrue();
  }

  @Test
  void suffixMatchesValuesEndingWithIt() {
    FilterPolicy policy = attributes("{'customer_interests': [{'suffix': 'ball'}]}");
    assertThat(matchesAttrs(policy, "customer_interests", "String", "baseball")).isTrue();
    assertThat(matchesAttrs(policy, "customer_interests", "String", "rugby")).isFalse();
  }

  @Test
  void equalsIgnoreCaseIgnoresCase() {
    FilterPolicy policy = attributes("{'customer_interests': [{'equals-ignore-case': 'tennis'}]}");
    assertThat(matchesAttrs(policy, "customer_interests", "String", "TENNIS")).isTrue();
    assertThat(matchesAttrs(policy, "customer_interests", "String", "Tennis")).isTrue();
    assertThat(matchesAttrs(policy, "customer_interests", "String", "Tennis ball")).isFalse();
  }

  @Test
  void stringOperatorsWorkOnBodyProperties() {
    FilterPolicy policy = body("{'store': [{'prefix': 'example'}], 'city': [{'suffix': 'ton'}]}");
    assertThat(matchesBody(policy, "{'store': 'example_corp', 'city': 'Boston'}")).isTrue();
    assertThat(matchesBody(policy, "{'store': 'other_corp', 'city': 'Boston'}")).isFalse();
  }
}
