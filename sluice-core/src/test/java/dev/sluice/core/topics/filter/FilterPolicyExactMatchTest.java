package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyExactMatchTest {

  private final FilterPolicy interests = attributes("{'customer_interests': ['rugby', 'tennis']}");

  @Test
  void matchesAStringAttributeEqualToAnyListedValue() {
    assertThat(matchesAttrs(interests, "customer_interests", "String", "rugby")).isTrue();
    assertThat(matchesAttrs(interests, "customer_interests", "String", "tennis")).isTrue();
  }

  @Test
  void doesNotMatchAnUnlistedString() {
    assertThat(matchesAttrs(interests, "customer_interests", "String", "baseball")).isFalse();
  }

  @Test
  void comparesStringsCaseSensitively() {
    assertThat(matchesAttrs(interests, "customer_interests", "String", "Rugby")).isFalse();
  }

  @Test
  void matchesANumberAttributeEqualToAListedNumberInAnyNotation() {
    FilterPolicy policy = attributes("{'price_usd': [301.5]}");
    assertThat(matchesAttrs(policy, "price_usd", "Number", "301.5")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "3.015e2")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "301.6")).isFalse();
  }

  @Test
  void comparesNumbersToFiveDecimalPlaces() {
    FilterPolicy policy = attributes("{'weight': [1.5]}");
    assertThat(matchesAttrs(policy, "weight", "Number", "1.500001")).isTrue();
    assertThat(matchesAttrs(policy, "weight", "Number", "1.50001")).isFalse();
  }

  @Test
  void doesNotMatchAStringAttributeAgainstANumber() {
    FilterPolicy policy = attributes("{'count': [5]}");
    assertThat(matchesAttrs(policy, "count", "String", "5")).isFalse();
  }

  @Test
  void doesNotMatchANumberAttributeAgainstAString() {
    FilterPolicy policy = attributes("{'count': ['5']}");
    assertThat(matchesAttrs(policy, "count", "Number", "5")).isFalse();
  }

  @Test
  void matchesBooleansAndNullInTheBody() {
    FilterPolicy policy = body("{'paid': [true], 'coupon': [null]}");
    assertThat(matchesBody(policy, "{'paid': true, 'coupon': null}")).isTrue();
    assertThat(matchesBody(policy, "{'paid': false, 'coupon': null}")).isFalse();
    assertThat(matchesBody(policy, "{'paid': 'true', 'coupon': null}")).isFalse();
  }

  @Test
  void matchesAStringPropertyOfTheBody() {
    FilterPolicy policy = body("{'customer_interests': ['rugby', 'tennis']}");
    assertThat(matchesBody(policy, "{'customer_interests': 'tennis'}")).isTrue();
    assertThat(matchesBody(policy, "{'customer_interests': 'baseball'}")).isFalse();
  }
}
