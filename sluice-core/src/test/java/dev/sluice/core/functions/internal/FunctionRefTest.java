package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Function names as Lambda accepts them: names, partial and full ARNs, with qualifiers. */
class FunctionRefTest {

  @Test
  void aPlainNameHasNoQualifier() {
    assertThat(FunctionRef.parse("my-function", null).value())
        .isEqualTo(new FunctionRef("my-function", null));
  }

  @Test
  void fullAndPartialArnsNameTheSameFunction() {
    assertThat(
            FunctionRef.parse("arn:aws:lambda:eu-west-1:123456789012:function:f:live", null)
                .value())
        .isEqualTo(new FunctionRef("f", "live"));
    assertThat(FunctionRef.parse("123456789012:function:f", null).value())
        .isEqualTo(new FunctionRef("f", null));
    assertThat(FunctionRef.parse("f:$LATEST", null).value())
        .isEqualTo(new FunctionRef("f", "$LATEST"));
  }

  @Test
  void theQualifierParameterQualifiesAName() {
    assertThat(FunctionRef.parse("f", "3").value()).isEqualTo(new FunctionRef("f", "3"));
  }

  @Test
  void aQualifierDifferentFromTheNamesOwnIsRefused() {
    var result = FunctionRef.parse("f:1", "2");

    assertThat(result.failure().code()).isEqualTo("InvalidParameterValueException");
  }

  @Test
  void aNameWithForbiddenCharactersIsAValidationError() {
    var result = FunctionRef.parse("no spaces", null);

    assertThat(result.failure().code()).isEqualTo("ValidationException");
    assertThat(result.failure().message())
        .startsWith("1 validation error detected: Value 'no spaces' at 'functionName'");
  }
}
