package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyExistsTest {

  @Test
  void existsTrueMatchesWhenTheAttributeIsPresent() {
    FilterPolicy policy = attributes("{'store': [{'exists': true}]}");
    assertThat(
            matchesAttrs(
                policy,
                "store",
                "String",
                "fans",
                "customer_interests",
                "String.Array",
                "['baseball', 'basketball']"))
        .isTrue();
    assertThat(
            matchesAttrs(
                policy, "customer_interests", "String.Array", "['baseball', 'basketball']"))
        .isFalse();
  }

  @Test
  void existsFalseMatchesWhenTheAttributeIsAbsent() {
    FilterPolicy policy = attributes("{'store': [{'exists': false}]}");
    assertThat(matchesAttrs(policy, "customer_interests", "String.Array", "['baseball']")).isTrue();
    assertThat(matchesAttrs(policy, "store", "String", "fans")).isFalse();
  }

  @Test
  void existsFalseDoesNotMatchAMessageWithoutAttributes() {
    FilterPolicy policy = attributes("{'store': [{'exists': false}]}");
    assertThat(matchesAttrs(policy)).isFalse();
  }

  @Test
  void existsWorksOnBodyLeaves() {
    FilterPolicy present = body("{'store': [{'exists': true}]}");
    FilterPolicy absent = body("{'store': [{'exists': false}]}");
    String withStore = "{'store': 'fans', 'customer_interests': ['baseball']}";
    String withoutStore = "{'customer_interests': ['baseball']}";
    assertThat(matchesBody(present, withStore)).isTrue();
    assertThat(matchesBody(present, withoutStore)).isFalse();
    assertThat(matchesBody(absent, withStore)).isFalse();
    assertThat(matchesBody(absent, withoutStore)).isTrue();
  }

  @Test
  void existsTrueDoesNotMatchANullBodyProperty() {
    FilterPolicy policy = body("{'store': [{'exists': true}]}");
    assertThat(matchesBody(policy, "{'store': null}")).isFalse();
  }

  @Test
  void existsDoesNotSeeIntermediateBodyObjectsAsLeaves() {
    FilterPolicy policy = body("{'store': [{'exists': true}]}");
    assertThat(matchesBody(policy, "{'store': {'name': 'fans'}}")).isFalse();
  }
}
