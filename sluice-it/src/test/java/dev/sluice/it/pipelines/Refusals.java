package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Calls Data Pipeline refuses: the SDK's exception, its code, status and message. */
final class Refusals {
  private Refusals() {}

  /** The call fails with HTTP 400, {@code code} and exactly {@code message}. */
  static void refuses(ThrowingCallable call, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AwsServiceException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }

  /** The call fails with HTTP 400 and {@code code}, with a message that contains {@code part}. */
  static void refusesWith(ThrowingCallable call, String code, String part) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AwsServiceException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).contains(part);
            });
  }
}
