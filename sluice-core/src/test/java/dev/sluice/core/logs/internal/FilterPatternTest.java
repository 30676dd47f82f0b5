package dev.sluice.core.logs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPatternTest {

  private static boolean matches(String pattern, String message) {
    return FilterPattern.parse(pattern).value().matches(message);
  }

  @Test
  void anEmptyPatternMatchesEveryMessage() {
    assertThat(matches("", "anything")).isTrue();
    assertThat(matches("   ", "anything")).isTrue();
    assertThat(matches(null, "anything")).isTrue();
  }

  @Test
  void everyTermMustAppearAnywhereInTheMessage() {
    assertThat(matches("ERROR disk", "2026 ERROR: the disk is full")).isTrue();
    assertThat(matches("ERROR disk", "2026 ERROR: the network is down")).isFalse();
  }

  @Test
  void termsAreCaseSensitive() {
    assertThat(matches("ERROR", "an error happened")).isFalse();
  }

  @Test
  void aQuotedPhraseMatchesWithItsSpacesAndPunctuation() {
    assertThat(matches("\"Task timed out\"", "x Task timed out after 3.00 seconds")).isTrue();
    assertThat(matches("\"Task timed out\"", "Task was timed out")).isFalse();
    assertThat(matches("\"RequestId: 42\" END", "END RequestId: 42")).isTrue();
  }

  @Test
  void questionMarkTermsAreAlternativesOfWhichOneMustAppear() {
    assertThat(matches("?ERROR ?WARN", "WARN low memory")).isTrue();
    assertThat(matches("?ERROR ?WARN", "ERROR crashed")).isTrue();
    assertThat(matches("?ERROR ?WARN", "INFO fine")).isFalse();
    assertThat(matches("?\"timed out\" ?Exception", "Task timed out")).isTrue();
  }

  @Test
  void requiredTermsAndAlternativesCombine() {
    assertThat(matches("REPORT ?Init ?Billed", "REPORT RequestId: 1 Billed Duration: 3 ms"))
        .isTrue();
    assertThat(matches("REPORT ?Init ?Cold", "REPORT RequestId: 1 Billed Duration: 3 ms"))
        .isFalse();
  }

  @Test
  void minusTermsExcludeMessagesContainingThem() {
    assertThat(matches("RequestId -START", "END RequestId: 1")).isTrue();
    assertThat(matches("RequestId -START", "START RequestId: 1")).isFalse();
  }

  @Test
  void aPhraseWithoutItsClosingQuoteIsRefused() {
    var failure = FilterPattern.parse("\"open phrase").failure();
    assertThat(failure.code()).isEqualTo("InvalidParameterException");
    assertThat(failure.status()).isEqualTo(400);
  }

  @Test
  void jsonAndSpaceDelimitedPatternsAreRefusedAsUnsupported() {
    assertThat(FilterPattern.parse("{ $.level = \"ERROR\" }").failure().code())
        .isEqualTo("InvalidParameterException");
    assertThat(FilterPattern.parse("[ip, user, ...]").failure().message())
        .contains("not JSON or space-delimited patterns");
  }
}
