package dev.sluice.core.topics.publish;

import static dev.sluice.core.topics.publish.PublishChecksFixture.standard;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standardFailure;
import static dev.sluice.core.topics.publish.PublishChecksFixture.withAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.MessageAttribute;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishChecksAttributesTest {

  private static Failure failureFor(String name, MessageAttribute attribute) {
    return standardFailure(withAttributes("hello", Map.of(name, attribute)));
  }

  private static boolean accepts(String name, MessageAttribute attribute) {
    return standard(withAttributes("hello", Map.of(name, attribute))).isOk();
  }

  private static MessageAttribute of(String type, String value) {
    return new MessageAttribute(type, value, null);
  }

  @Test
  void acceptsEachSupportedTypeAndKeepsTheAttributes() {
    var attributes =
        Map.of(
            "store", MessageAttribute.string("north"),
            "price", of("Number", "210.75"),
            "blob", new MessageAttribute("Binary", null, new byte[] {1, 2}),
            "tags", of("String.Array", "[\"a\", 1, true, null]"),
            "unit", of("Number.float", "1e3"));

    var checked = standard(withAttributes("hello", attributes)).value();

    assertThat(checked.attributes()).isEqualTo(attributes);
  }

  @Test
  void acceptsTenAttributesAndRefusesEleven() {
    var attributes = new HashMap<String, MessageAttribute>();
    for (int i = 0; i < 10; i++) {
      attributes.put("a" + i, MessageAttribute.string("v"));
    }
    assertThat(standard(withAttributes("hello", attributes)).isOk()).isTrue();

    attributes.put("a10", MessageAttribute.string("v"));
    assertThat(standardFailure(withAttributes("hello", attributes)))
        .isEqualTo(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: MessageAttributes Reason: Number of message attributes [11]"
                    + " exceeds the allowed maximum [10]."));
  }

  @Test
  void refusesAnUnknownTypePrefix() {
    assertThat(failureFor("x", of("Integer", "1")))
        .isEqualTo(
            Failure.of(
                "ParameterValueInvalid",
                400,
                "The message attribute 'x' has an invalid message attribute type, the set of"
                    + " supported type prefixes is Binary, Number, and String."));
  }

  @Test
  void refusesAnEmptyStringValue() {
    assertThat(failureFor("x", of("String", "")))
        .isEqualTo(
            Failure.of(
                "ParameterValueInvalid",
                400,
                "The message attribute 'x' must contain non-empty message attribute value for"
                    + " message attribute type 'String'."));
  }

  @Test
  void refusesABinaryAttributeWithoutABinaryValue() {
    assertThat(failureFor("x", of("Binary", "abc")))
        .isEqualTo(
            Failure.of(
                "ParameterValueInvalid",
                400,
                "The message attribute 'x' with type 'Binary' must use field 'Binary'."));
  }

  @Test
  void refusesANumberThatIsNotANumber() {
    assertThat(failureFor("x", of("Number", "twelve")))
        .isEqualTo(
            Failure.of(
                "ParameterValueInvalid",
                400,
                "Could not cast message attribute 'x' value to number."));
  }

  @Test
  void acceptsNumbersUpTo38DigitsAndWithinRange() {
    assertThat(accepts("x", of("Number", "1".repeat(38)))).isTrue();
    assertThat(accepts("x", of("Number", "-1e126"))).isTrue();
    assertThat(accepts("x", of("Number", "1e-128"))).isTrue();
    assertThat(accepts("x", of("Number", "0"))).isTrue();
  }

  @Test
  void refusesNumbersTooPreciseOrOutOfRange() {
    assertThat(failureFor("x", of("Number", "1".repeat(39))).code())
        .isEqualTo("ParameterValueInvalid");
    assertThat(failureFor("x", of("Number", "1e127")).code()).isEqualTo("ParameterValueInvalid");
    assertThat(failureFor("x", of("Number", "1e-129")).code()).isEqualTo("ParameterValueInvalid");
  }

  @Test
  void refusesAStringArrayThatIsNotAFlatJsonArray() {
    assertThat(failureFor("x", of("String.Array", "not json")).code())
        .isEqualTo("InvalidParameter");
    assertThat(failureFor("x", of("String.Array", "{\"a\":1}")).code())
        .isEqualTo("InvalidParameter");
    assertThat(failureFor("x", of("String.Array", "[[1]]")).code()).isEqualTo("InvalidParameter");
  }

  @Test
  void refusesNamesWithCharactersOutsideTheAllowedSet() {
    assertThat(failureFor("bad name", MessageAttribute.string("v")).message()).contains("'#x20'");
  }

  @Test
  void refusesNamesLongerThan256Characters() {
    assertThat(accepts("n".repeat(256), MessageAttribute.string("v"))).isTrue();
    assertThat(failureFor("n".repeat(257), MessageAttribute.string("v")).code())
        .isEqualTo("ParameterValueInvalid");
  }

  @Test
  void refusesReservedPrefixesInAnyCase() {
    var reserved =
        Failure.of(
            "ParameterValueInvalid",
            400,
            "Message attribute names starting with 'AWS.' or 'Amazon.' are reserved for use by"
                + " Amazon.");

    assertThat(failureFor("AWS.trace", MessageAttribute.string("v"))).isEqualTo(reserved);
    assertThat(failureFor("aws.sns.x", MessageAttribute.string("v"))).isEqualTo(reserved);
    assertThat(failureFor("amazon.x", MessageAttribute.string("v"))).isEqualTo(reserved);
  }

  @Test
  void acceptsSnsOwnAttributes() {
    assertThat(accepts("AWS.SNS.SMS.SMSType", MessageAttribute.string("Transactional"))).isTrue();
  }

  @Test
  void refusesLeadingTrailingAndSuccessivePeriods() {
    assertThat(failureFor(".a", MessageAttribute.string("v")).code())
        .isEqualTo("ParameterValueInvalid");
    assertThat(failureFor("a.", MessageAttribute.string("v")).code())
        .isEqualTo("ParameterValueInvalid");
    assertThat(failureFor("a..b", MessageAttribute.string("v")).code())
        .isEqualTo("ParameterValueInvalid");
    assertThat(accepts("a.b-c_d", MessageAttribute.string("v"))).isTrue();
  }
}
