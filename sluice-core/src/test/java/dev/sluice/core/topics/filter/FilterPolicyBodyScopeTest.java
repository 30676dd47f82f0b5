package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterPolicyBodyScopeTest {

  private final FilterPolicy nested =
      body(
          "{'store': ['example_corp'], 'event': [{'anything-but': 'order_cancelled'}],"
              + " 'customer_interests': ['rugby', 'football', 'baseball'],"
              + " 'price_usd': [{'numeric': ['>=', 100]}]}");

  @Test
  void matchesAMessageWhosePropertiesAllMatch() {
    assertThat(
            matchesBody(
                nested,
                "{'store': 'example_corp', 'event': 'order_placed',"
                    + " 'customer_interests': ['soccer', 'rugby'], 'price_usd': 210.75}"))
        .isTrue();
  }

  @Test
  void doesNotMatchWhenAPropertyIsMissing() {
    assertThat(
            matchesBody(
                nested, "{'store': 'example_corp', 'event': 'order_placed', 'price_usd': 210.75}"))
        .isFalse();
  }

  @Test
  void walksNestedObjects() {
    FilterPolicy policy =
        body("{'patient': {'vitals': {'heart_rate': [{'numeric': ['>', 120]}]}}}");
    assertThat(matchesBody(policy, "{'patient': {'vitals': {'heart_rate': 130}}}")).isTrue();
    assertThat(matchesBody(policy, "{'patient': {'vitals': {'heart_rate': 90}}}")).isFalse();
    assertThat(matchesBody(policy, "{'heart_rate': 130}")).isFalse();
  }

  @Test
  void walksArraysOfObjects() {
    FilterPolicy policy = body("{'items': {'sku': ['A-1']}}");
    assertThat(matchesBody(policy, "{'items': [{'sku': 'B-2'}, {'sku': 'A-1'}]}")).isTrue();
    assertThat(matchesBody(policy, "{'items': [{'sku': 'B-2'}]}")).isFalse();
  }

  @Test
  void doesNotMatchABodyThatIsNotJson() {
    FilterPolicy policy = body("{'store': [{'exists': false}]}");
    assertThat(policy.matches(Map.of(), "plain text")).isFalse();
  }

  @Test
  void doesNotMatchABodyThatIsAJsonArray() {
    FilterPolicy policy = body("{'store': ['example_corp']}");
    assertThat(matchesBody(policy, "['example_corp']")).isFalse();
  }

  @Test
  void ignoresMessageAttributes() {
    FilterPolicy policy = body("{'store': ['example_corp']}");
    assertThat(policy.matches(Policies.attrs("store", "String", "example_corp"), "{}")).isFalse();
  }

  @Test
  void anEmptyPolicyMatchesEvenABodyThatIsNotJson() {
    assertThat(body("{}").matches(Map.of(), "plain text")).isTrue();
  }
}
