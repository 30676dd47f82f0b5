package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.Expressions.eval;
import static dev.sluice.core.pipelines.expression.Expressions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The developer guide's mathematical and string operators. */
class ArithmeticTest {

  @Test
  void addsSubtractsAndMultipliesIntegers() {
    assertThat(eval("#{1 + 2}|#{1 - 2}|#{1 * 2}")).isEqualTo("3|-1|2");
  }

  @Test
  void dividingIntegersTruncates() {
    assertThat(eval("#{1 / 2}|#{7 / 2}|#{-7 / 2}")).isEqualTo("0|3|-3");
  }

  @Test
  void aDoubleOnEitherSideMakesADouble() {
    assertThat(eval("#{1.0 / 2}|#{3 * 0.5}|#{0.25 + 1}")).isEqualTo("0.5|1.5|1.25");
  }

  @Test
  void exponentAlwaysMakesADouble() {
    assertThat(eval("#{2 ^ 2}|#{2 ^ 0.5 * 2 ^ 0.5}")).startsWith("4.0|2.0000000000000");
  }

  @Test
  void exponentBindsTighterThanMultiplicationAndToTheRight() {
    assertThat(eval("#{2 * 3 ^ 2}|#{2 ^ 3 ^ 2}|#{-2 ^ 2}")).isEqualTo("18.0|512.0|-4.0");
  }

  @Test
  void multiplicationBindsTighterThanAdditionAndParenthesesOverride() {
    assertThat(eval("#{1 + 2 * 3}|#{(1 + 2) * 3}|#{10 - 4 - 3}")).isEqualTo("7|9|3");
  }

  @Test
  void plusConcatenatesStringsInEitherQuote() {
    assertThat(eval("#{\"hel\" + \"lo\"}|#{'hel' + 'lo'}")).isEqualTo("hello|hello");
  }

  @Test
  void plusConvertsTheOtherSideOfAStringToText() {
    assertThat(eval("#{'part-' + 5}|#{'at ' + myDateTime}|#{1 + 2 + 'x'}"))
        .isEqualTo("part-5|at 2011-05-24T17:10:00|3x");
  }

  @Test
  void otherOperatorsReadNumbersFromText() {
    var fixture =
        PipelineFixture.pipeline()
            .object("Act", "ShellCommandActivity")
            .runtime("Act", "@attemptCount", "3");
    assertThat(fixture.render("Act", "#{@attemptCount - 1}|#{@attemptCount * 2}")).isEqualTo("2|6");
  }

  @Test
  void integerDivisionByZeroFails() {
    assertThat(failure("#{1 / 0}").message()).contains("#{1 / 0}").contains("division by zero");
  }

  @Test
  void integerOverflowFails() {
    assertThat(failure("#{9223372036854775807 + 1}").message()).contains("integer overflow");
  }

  @Test
  void aDateTimeIsNotANumber() {
    assertThat(failure("#{myDateTime - 1}").message())
        .contains("operator - cannot be applied to String and Integer");
    assertThat(failure("#{makeDate(2026,1,1) * 2}").message())
        .contains("operator * cannot be applied to DateTime and Integer");
  }

  @Test
  void aDateTimePlusANumberIsNeitherSumNorConcatenation() {
    assertThat(failure("#{makeDate(2026,1,1) + 1}").message())
        .contains("operator + cannot be applied to DateTime and Integer");
  }
}
