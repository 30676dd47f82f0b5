package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How values render inside text, and text without expressions. */
class RenderingTest {

  @Test
  void dateTimesRenderWithoutZoneOrFraction() {
    assertThat(eval("#{makeDateTime(2026,11,20,22,15)}")).isEqualTo("2026-11-20T22:15:00");
    assertThat(eval("#{'2026-11-20T22:15:00.750Z'}")).isEqualTo("2026-11-20T22:15:00.750Z");
    assertThat(eval("#{plusMinutes('2026-11-20T22:15:00.750Z',0)}"))
        .isEqualTo("2026-11-20T22:15:00");
  }

  @Test
  void dateTimesWithAnOffsetAreReadAsTheSameInstantInUtc() {
    assertThat(eval("#{plusHours('2026-11-20T22:15:00+02:00',0)}"))
        .isEqualTo("2026-11-20T20:15:00");
  }

  @Test
  void textWithoutExpressionsIsUnchanged() {
    assertThat(eval("s3://bucket/a #b {c} $d")).isEqualTo("s3://bucket/a #b {c} $d");
  }

  @Test
  void severalExpressionsAreRenderedBetweenTheirText() {
    assertThat(eval("y=#{year(myDateTime)}/m=#{month(myDateTime)}/")).isEqualTo("y=2011/m=5/");
  }

  @Test
  void aClosingBraceInsideAStringDoesNotEndTheExpression() {
    assertThat(eval("#{'a}b' + '{c}'}!")).isEqualTo("a}b{c}!");
  }

  @Test
  void backslashEscapesAQuoteInAString() {
    assertThat(eval("#{'it\\'s'}")).isEqualTo("it's");
  }

  @Test
  void numbersRenderAsIntegersOrDoubles() {
    assertThat(eval("#{7} #{7.25} #{2 ^ 2}")).isEqualTo("7 7.25 4.0");
  }

  @Test
  void textWithoutExpressionsRendersEvenForAnObjectNotInThePipeline() {
    var fixture = PipelineFixture.pipeline();
    assertThat(fixture.render("Nowhere", "plain")).isEqualTo("plain");
    assertThat(fixture.failure("Nowhere", "#{x}").message())
        .contains("'Nowhere' is not in the pipeline");
  }
}
