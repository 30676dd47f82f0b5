package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.filter.FilterPolicy.Scope;
import org.junit.jupiter.api.Test;

class FilterPolicyParseErrorsTest {

  private static String message(String policy) {
    Failure failure = refusal(policy, Scope.MESSAGE_ATTRIBUTES);
    assertThat(failure.code()).isEqualTo("InvalidParameter");
    assertThat(failure.status()).isEqualTo(400);
    return failure.message();
  }

  @Test
  void refusesTextThatIsNotJson() {
    assertThat(message("{'a': [")).startsWith("Invalid parameter: FilterPolicy: failed to parse");
  }

  @Test
  void refusesJsonThatIsNotAnObject() {
    assertThat(message("['a']"))
        .isEqualTo("Invalid parameter: FilterPolicy: Filter policy must be a JSON object");
  }

  @Test
  void refusesAnEmptyArrayOfValues() {
    assertThat(message("{'a': []}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Empty arrays are not allowed");
  }

  @Test
  void refusesAPlainValueWhereAnArrayBelongs() {
    assertThat(message("{'store': 'example_corp'}"))
        .isEqualTo("Invalid parameter: FilterPolicy: \"store\" must be an object or an array");
  }

  @Test
  void refusesAnArrayInsideTheValues() {
    assertThat(message("{'a': [['b']]}"))
        .isEqualTo(
            "Invalid parameter: FilterPolicy: Match value must be String, number, true, false,"
                + " or null");
  }

  @Test
  void refusesAnUnknownMatchType() {
    assertThat(message("{'a': [{'wildcard': 'b*'}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Unrecognized match type wildcard");
  }

  @Test
  void refusesTwoMatchTypesInOneExpression() {
    assertThat(message("{'a': [{'prefix': 'b', 'suffix': 'c'}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Only one key allowed in match expression");
  }

  @Test
  void refusesAPrefixThatIsNotAString() {
    assertThat(message("{'a': [{'prefix': 5}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: prefix match pattern must be a string");
  }

  @Test
  void refusesAnExistsThatIsNotABoolean() {
    assertThat(message("{'a': [{'exists': 'yes'}]}"))
        .isEqualTo(
            "Invalid parameter: FilterPolicy: exists match pattern must be either true or false.");
  }

  @Test
  void refusesANumericOperandThatIsNotANumber() {
    assertThat(message("{'a': [{'numeric': ['<', 'ten']}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Value of < must be numeric");
  }

  @Test
  void refusesAnUnknownNumericOperator() {
    assertThat(message("{'a': [{'numeric': ['!=', 1]}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Unrecognized numeric range operator: !=");
  }

  @Test
  void refusesANumericValueThatIsNotAnArray() {
    assertThat(message("{'a': [{'numeric': 5}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Value of numeric must be an array.");
  }

  @Test
  void refusesTwoLowerBounds() {
    assertThat(message("{'a': [{'numeric': ['>', 1, '>=', 2]}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Bad numeric range operator: >=");
  }

  @Test
  void refusesARangeWhoseBottomIsAboveItsTop() {
    assertThat(message("{'a': [{'numeric': ['>', 10, '<', 5]}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Bottom must be less than top");
  }

  @Test
  void refusesMoreThanTwoOperatorsInARange() {
    assertThat(message("{'a': [{'numeric': ['>', 1, '<', 5, '=', 3]}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Too many elements in numeric expression");
  }

  @Test
  void refusesAnythingButOfABoolean() {
    assertThat(message("{'a': [{'anything-but': true}]}"))
        .isEqualTo(
            "Invalid parameter: FilterPolicy: Value of anything-but must be an array or single"
                + " string/number value.");
  }

  @Test
  void refusesAMalformedCidr() {
    assertThat(message("{'ip': [{'cidr': '10.0.0.0'}]}"))
        .isEqualTo("Invalid parameter: FilterPolicy: Malformed CIDR, one '/' required");
  }

  @Test
  void refusesACidrWithoutAnIpAddress() {
    assertThat(message("{'ip': [{'cidr': 'example.com/24'}]}"))
        .startsWith("Invalid parameter: FilterPolicy: Nonstandard IP address");
  }

  @Test
  void refusesANestedPolicyForMessageAttributes() {
    assertThat(message("{'patient': {'name': ['x']}}"))
        .isEqualTo(
            "Invalid parameter: FilterPolicy: Filter policy scope MessageAttributes does not"
                + " support nested filter policy");
  }

  @Test
  void acceptsTheSameNestedPolicyForTheMessageBody() {
    assertThat(
            FilterPolicy.parse(Policies.json("{'patient': {'name': ['x']}}"), Scope.MESSAGE_BODY)
                .isOk())
        .isTrue();
  }

  @Test
  void refusesAnOrWithASingleAlternative() {
    assertThat(message("{'$or': [{'a': ['b']}]}"))
        .startsWith("Invalid parameter: FilterPolicy: Value of $or must be an array");
  }
}
