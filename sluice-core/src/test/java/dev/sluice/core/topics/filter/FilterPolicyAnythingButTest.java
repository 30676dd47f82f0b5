package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyAnythingButTest {

  private final FilterPolicy notRugbyOrTennis =
      attributes("{'customer_interests': [{'anything-but': ['rugby', 'tennis']}]}");

  @Test
  void matchesAnUnlistedString() {
    assertThat(matchesAttrs(notRugbyOrTennis, "customer_interests", "String", "baseball")).isTrue();
    assertThat(matchesAttrs(notRugbyOrTennis, "customer_interests", "String", "football")).isTrue();
  }

  @Test
  void doesNotMatchAListedString() {
    assertThat(matchesAttrs(notRugbyOrTennis, "customer_interests", "String", "rugby")).isFalse();
  }

  @Test
  void matchesAStringArrayOnlyWhenNoElementIsListed() {
    assertThat(
            matchesAttrs(
                notRugbyOrTennis, "customer_interests", "String.Array", "['baseball', 'golf']"))
        .isTrue();
    assertThat(
            matchesAttrs(
                notRugbyOrTennis, "customer_interests", "String.Array", "['rugby', 'baseball']"))
        .isFalse();
  }

  @Test
  void doesNotMatchAMissingAttribute() {
    assertThat(matchesAttrs(notRugbyOrTennis, "store", "String", "example_corp")).isFalse();
  }

  @Test
  void matchesAMissingAttributeWhenCombinedWithExistsFalse() {
    FilterPolicy policy =
        attributes("{'customer_interests': [{'anything-but': ['rugby']}, {'exists': false}]}");
    assertThat(matchesAttrs(policy, "store", "String", "example_corp")).isTrue();
    assertThat(matchesAttrs(policy, "customer_interests", "String", "rugby")).isFalse();
  }

  @Test
  void excludesNumbersNumerically() {
    FilterPolicy policy = attributes("{'price': [{'anything-but': [100, 500]}]}");
    assertThat(matchesAttrs(policy, "price", "Number", "101")).isTrue();
    assertThat(matchesAttrs(policy, "price", "Number", "100.1")).isTrue();
    assertThat(matchesAttrs(policy, "price", "Number", "100")).isFalse();
    assertThat(matchesAttrs(policy, "price", "Number", "1e2")).isFalse();
  }

  @Test
  void acceptsASingleValueInsteadOfAList() {
    FilterPolicy policy = attributes("{'store': [{'anything-but': 'example_corp'}]}");
    assertThat(matchesAttrs(policy, "store", "String", "other_corp")).isTrue();
    assertThat(matchesAttrs(policy, "store", "String", "example_corp")).isFalse();
  }

  @Test
  void excludesAPrefix() {
    FilterPolicy policy = attributes("{'event': [{'anything-but': {'prefix': 'order-'}}]}");
    assertThat(matchesAttrs(policy, "event", "String", "data-entry")).isTrue();
    assertThat(matchesAttrs(policy, "event", "String", "order-cancelled")).isFalse();
  }

  @Test
  void excludesASuffix() {
    FilterPolicy policy = attributes("{'event': [{'anything-but': {'suffix': '-cancelled'}}]}");
    assertThat(matchesAttrs(policy, "event", "String", "order-placed")).isTrue();
    assertThat(matchesAttrs(policy, "event", "String", "order-cancelled")).isFalse();
  }

  @Test
  void appliesToBodyProperties() {
    FilterPolicy policy = body("{'customer_interests': [{'anything-but': ['rugby', 'tennis']}]}");
    assertThat(matchesBody(policy, "{'customer_interests': 'football'}")).isTrue();
    assertThat(matchesBody(policy, "{'customer_interests': 'tennis'}")).isFalse();
  }
}
