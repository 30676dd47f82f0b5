package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.Expressions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expressions that do not parse, or call functions wrongly, fail naming the expression. */
class ParseErrorsTest {

  @Test
  void anExpressionWithoutItsClosingBraceFails() {
    assertThat(failure("s3://b/#{format(myDateTime,'YYYY')").message())
        .isEqualTo(
            "Unable to evaluate expression #{format(myDateTime,'YYYY') of object 'Act': "
                + "syntax error: the expression has no closing '}'");
  }

  @Test
  void anEmptyExpressionFails() {
    assertThat(failure("#{ }").message()).contains("#{ }").contains("the expression is empty");
  }

  @Test
  void anUnterminatedStringFails() {
    assertThat(failure("#{'abc}").message()).contains("no closing '}'");
    assertThat(failure("#{format(myDateTime,\"YYYY)}").message()).contains("no closing '}'");
  }

  @Test
  void aDanglingOperatorFails() {
    assertThat(failure("#{1 +}").message())
        .contains("#{1 +}")
        .contains("unexpected end of expression at position 3");
  }

  @Test
  void twoValuesWithoutAnOperatorFail() {
    assertThat(failure("#{1 2}").message()).contains("unexpected '2' at position 2");
  }

  @Test
  void anUnclosedCallFails() {
    assertThat(failure("#{day(myDateTime}").message())
        .contains("expected ',' or ')' but found end of expression at position 14");
  }

  @Test
  void anUnexpectedCharacterFails() {
    assertThat(failure("#{myDateTime % 2}").message())
        .contains("unexpected character '%' at position 11");
  }

  @Test
  void aDotMustBeFollowedByAName() {
    assertThat(failure("#{input.}").message()).contains("expected a name after '.'");
  }

  @Test
  void anUnknownFunctionFails() {
    assertThat(failure("#{substring('abc',1)}").message())
        .isEqualTo(
            "Unable to evaluate expression #{substring('abc',1)} of object 'Act': "
                + "unknown function 'substring'");
  }

  @Test
  void aCallWithTheWrongNumberOfArgumentsFails() {
    assertThat(failure("#{plusDays(myDateTime)}").message())
        .contains("plusDays takes 2 argument(s) but was given 1");
  }

  @Test
  void anArgumentOfTheWrongTypeFails() {
    assertThat(failure("#{plusDays('yesterday',1)}").message())
        .contains("plusDays takes a DateTime as argument 1 but was given String 'yesterday'");
    assertThat(failure("#{plusDays(myDateTime,1.5)}").message())
        .contains("takes an Integer as argument 2 but was given Double '1.5'");
  }

  @Test
  void aDateThatDoesNotExistFails() {
    assertThat(failure("#{makeDate(2026,2,30)}").message()).contains("makeDate: ");
  }

  @Test
  void anUnknownTimeZoneFails() {
    assertThat(failure("#{inTimeZone(myDateTime,'Mars/Olympus')}").message())
        .contains("unknown time zone 'Mars/Olympus'");
  }
}
