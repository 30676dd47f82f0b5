package dev.sluice.core.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/** Assertions on failures. */
final class Failures {
  private Failures() {}

  static Failure failure(Result<?> result) {
    assertThat(result.isOk()).as("%s", result).isFalse();
    return result.failure();
  }

  static void assertFailure(Result<?> result, String code, String message) {
    var failure = failure(result);
    assertThat(failure.code()).isEqualTo(code);
    assertThat(failure.message()).isEqualTo(message);
    assertThat(failure.status()).isEqualTo(400);
  }
}
