package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyNumericTest {

  @Test
  void equalsMatchesTheSameNumberInAnyNotation() {
    FilterPolicy policy = attributes("{'price_usd': [{'numeric': ['=', 301.5]}]}");
    assertThat(matchesAttrs(policy, "price_usd", "Number", "301.5")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "3.015e2")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "301")).isFalse();
  }

  @Test
  void lessThanZeroMatchesNegativeNumbers() {
    FilterPolicy policy = attributes("{'price_usd': [{'numeric': ['<', 0]}]}");
    assertThat(matchesAttrs(policy, "price_usd", "Number", "-0.5")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "0")).isFalse();
  }

  @Test
  void aRangeIncludesOnlyItsInclusiveBounds() {
    FilterPolicy policy = attributes("{'price_usd': [{'numeric': ['>', 0, '<=', 150]}]}");
    assertThat(matchesAttrs(policy, "price_usd", "Number", "150")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "0.00001")).isTrue();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "0")).isFalse();
    assertThat(matchesAttrs(policy, "price_usd", "Number", "150.1")).isFalse();
  }

  @Test
  void greaterOrEqualIncludesItsBound() {
    FilterPolicy policy = attributes("{'n': [{'numeric': ['>=', 10]}]}");
    assertThat(matchesAttrs(policy, "n", "Number", "10")).isTrue();
    assertThat(matchesAttrs(policy, "n", "Number", "9.99999")).isFalse();
  }

  @Test
  void doesNotMatchStringAttributes() {
    FilterPolicy policy = attributes("{'n': [{'numeric': ['>', 0]}]}");
    assertThat(matchesAttrs(policy, "n", "String", "5")).isFalse();
  }

  @Test
  void matchesANumberAttributeWithACustomType() {
    FilterPolicy policy = attributes("{'n': [{'numeric': ['>', 0]}]}");
    assertThat(matchesAttrs(policy, "n", "Number.float", "2.5")).isTrue();
  }

  @Test
  void matchesBodyNumbersAndArraysOfNumbers() {
    FilterPolicy policy = body("{'price_usd': [{'numeric': ['>', 0, '<=', 150]}]}");
    assertThat(matchesBody(policy, "{'price_usd': 100}")).isTrue();
    assertThat(matchesBody(policy, "{'price_usd': [200, 20]}")).isTrue();
    assertThat(matchesBody(policy, "{'price_usd': '100'}")).isFalse();
  }

  @Test
  void comparesExtremeMessageNumbersWithoutExpandingThem() {
    FilterPolicy policy = body("{'n': [{'numeric': ['>', 0]}], 'm': [0]}");
    assertThat(matchesBody(policy, "{'n': 1e999999999, 'm': 1e-999999999}")).isTrue();
    assertThat(matchesBody(policy, "{'n': -1e999999999, 'm': 0}")).isFalse();
  }
}
