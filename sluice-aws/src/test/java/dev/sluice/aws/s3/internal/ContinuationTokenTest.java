package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContinuationTokenTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"a", "photos/2026/", "key with spaces+plus", "€/😀/x", "a/b?c=d&e"})
  void aTokenLeadsBackToTheKeyItWasMadeFrom(String last) {
    var token = ContinuationToken.encode(last);

    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(ContinuationToken.decode(token).value()).isEqualTo(last);
  }

  @Test
  void theTokenIsBase64UrlWithoutPadding() {
    assertThat(ContinuationToken.encode("a/b")).isEqualTo("YS9i");
    assertThat(ContinuationToken.encode("ab?")).isEqualTo("YWI_");
    assertThat(ContinuationToken.encode("a")).isEqualTo("YQ");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "not base64!", "YQ=x", "_w", "%%%%"})
  void aTokenWeDidNotHandOutIsInvalidArgument(String token) {
    var failure = ContinuationToken.decode(token).failure();

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message()).isEqualTo("The continuation token provided is incorrect");
  }
}
