package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.filter.FilterPolicy.Scope;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FilterPolicyLimitsTest {

  private static String values(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "'v" + i + "'")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static boolean accepted(String policy, Scope scope) {
    return FilterPolicy.parse(Policies.json(policy), scope).isOk();
  }

  @Test
  void acceptsFiveKeys() {
    assertThat(accepted("{'a':[1],'b':[1],'c':[1],'d':[1],'e':[1]}", Scope.MESSAGE_ATTRIBUTES))
        .isTrue();
  }

  @Test
  void refusesSixKeys() {
    assertThat(
            refusal("{'a':[1],'b':[1],'c':[1],'d':[1],'e':[1],'f':[1]}", Scope.MESSAGE_ATTRIBUTES)
                .message())
        .isEqualTo("Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys");
  }

  @Test
  void countsNestedLeavesAsKeys() {
    assertThat(
            refusal(
                    "{'a':{'b':[1],'c':[1],'d':[1]},'e':{'f':[1],'g':[1],'h':[1]}}",
                    Scope.MESSAGE_BODY)
                .message())
        .isEqualTo("Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys");
  }

  @Test
  void acceptsExactly150Combinations() {
    String policy = "{'a':" + values(10) + ",'b':" + values(15) + "}";
    assertThat(accepted(policy, Scope.MESSAGE_ATTRIBUTES)).isTrue();
  }

  @Test
  void refusesMoreThan150Combinations() {
    String policy = "{'a':" + values(10) + ",'b':" + values(16) + "}";
    assertThat(refusal(policy, Scope.MESSAGE_ATTRIBUTES).message())
        .isEqualTo("Invalid parameter: FilterPolicy: Filter policy is too complex");
  }

  @Test
  void addsTheCombinationsOfOrAlternatives() {
    String policy = "{'$or':[{'a':" + values(100) + "},{'b':" + values(51) + "}]}";
    assertThat(refusal(policy, Scope.MESSAGE_ATTRIBUTES).message())
        .isEqualTo("Invalid parameter: FilterPolicy: Filter policy is too complex");
  }

  @Test
  void refusesNumbersBeyondOneBillion() {
    assertThat(refusal("{'a':[{'numeric':['>', 1000000001]}]}", Scope.MESSAGE_ATTRIBUTES).message())
        .startsWith("Invalid parameter: FilterPolicy: Numeric value");
    assertThat(accepted("{'a':[{'numeric':['>', -1000000000]}]}", Scope.MESSAGE_ATTRIBUTES))
        .isTrue();
  }

  @Test
  void refusesAPolicyLargerThan256Kilobytes() {
    String big = "{'a':['" + "x".repeat(256 * 1024) + "']}";
    assertThat(refusal(big, Scope.MESSAGE_ATTRIBUTES).message())
        .isEqualTo("Invalid parameter: FilterPolicy: Filter policy is too big");
  }
}
