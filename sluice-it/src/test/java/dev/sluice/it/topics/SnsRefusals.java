package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.sns.model.SnsException;

/** Assertions that an SNS call is refused with a given error, as the SDK sees it. */
final class SnsRefusals {
  private SnsRefusals() {}

  static void refused(ThrowingCallable call, String code, int status, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }

  /** Refused as InvalidParameter (400) with "Invalid parameter: " and {@code message}. */
  static void invalid(ThrowingCallable call, String message) {
    refused(call, "InvalidParameter", 400, "Invalid parameter: " + message);
  }

  /**
   * Refused as InvalidParameter (400) with a message starting "Invalid parameter: {@code start}".
   */
  static void invalidStartingWith(ThrowingCallable call, String start) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith("Invalid parameter: " + start);
            });
  }
}
