package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.MessageAttribute;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterPolicyAttributesScopeTest {

  private final FilterPolicy policy =
      attributes(
          "{'store': ['example_corp'], 'event': [{'anything-but': 'order_cancelled'}],"
              + " 'price_usd': [{'numeric': ['>=', 100]}]}");

  /** Whether an example_corp message of {@code event} priced 210.75 passes the policy. */
  private boolean pricedOrder(String event) {
    return matchesAttrs(
        policy,
        "store",
        "String",
        "example_corp",
        "event",
        "String",
        event,
        "price_usd",
        "Number",
        "210.75");
  }

  @Test
  void matchesWhenEveryKeyMatches() {
    assertThat(pricedOrder("order_placed")).isTrue();
  }

  @Test
  void doesNotMatchWhenOneKeyFails() {
    assertThat(pricedOrder("order_cancelled")).isFalse();
  }

  @Test
  void doesNotMatchWhenAKeyIsMissing() {
    assertThat(
            matchesAttrs(
                policy, "store", "String", "example_corp", "event", "String", "order_placed"))
        .isFalse();
  }

  @Test
  void ignoresAttributesThePolicyDoesNotName() {
    FilterPolicy one = attributes("{'store': ['example_corp']}");
    assertThat(matchesAttrs(one, "store", "String", "example_corp", "other", "String", "x"))
        .isTrue();
  }

  @Test
  void matchesAStringArrayWhenAnyElementMatches() {
    FilterPolicy interests = attributes("{'customer_interests': ['rugby', 'tennis']}");
    assertThat(matchesAttrs(interests, "customer_interests", "String.Array", "['rugby', 'golf']"))
        .isTrue();
    assertThat(matchesAttrs(interests, "customer_interests", "String.Array", "['baseball']"))
        .isFalse();
  }

  @Test
  void matchesNumbersAndBooleansInsideAStringArray() {
    FilterPolicy mixed = attributes("{'codes': [7, true]}");
    assertThat(matchesAttrs(mixed, "codes", "String.Array", "['a', 7]")).isTrue();
    assertThat(matchesAttrs(mixed, "codes", "String.Array", "[true]")).isTrue();
    assertThat(matchesAttrs(mixed, "codes", "String.Array", "['7', 'true']")).isFalse();
  }

  @Test
  void ignoresBinaryAttributes() {
    FilterPolicy exists = attributes("{'blob': [{'exists': true}]}");
    byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
    Map<String, MessageAttribute> attrs =
        Map.of("blob", new MessageAttribute("Binary", null, bytes));
    assertThat(exists.matches(attrs, "body")).isFalse();
  }

  @Test
  void ignoresTheBody() {
    FilterPolicy store = attributes("{'store': ['example_corp']}");
    assertThat(store.matches(Map.of(), "{\"store\": \"example_corp\"}")).isFalse();
  }

  @Test
  void anEmptyPolicyMatchesEveryMessage() {
    FilterPolicy empty = attributes("{}");
    assertThat(matchesAttrs(empty)).isTrue();
    assertThat(matchesAttrs(empty, "store", "String", "x")).isTrue();
  }
}
