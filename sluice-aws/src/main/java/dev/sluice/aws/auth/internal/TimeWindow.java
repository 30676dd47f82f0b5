package dev.sluice.aws.auth.internal;

import dev.sluice.core.result.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a signature is valid: within 15 minutes of now, or until a presigned URL expires. */
public final class TimeWindow {
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  /** The longest a presigned URL may be valid, in seconds (seven days). */
  public static final long MAX_EXPIRES = 604_800;

  private TimeWindow() {}

  /** The failure when {@code signature}, made at {@code signedAt}, is not valid at {@code now}. */
  public static Optional<Failure> check(
      SignatureV4 signature, Instant signedAt, Instant now, AuthErrors errors) {
    if (signature.presigned() && signature.expiresSeconds() >= 0) {
      if (now.isAfter(signedAt.plusSeconds(signature.expiresSeconds()))) {
        return Optional.of(errors.presignedExpired(signedAt, signature.expiresSeconds(), now));
      }
      return Optional.empty();
    }
    if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
      return Optional.of(errors.skewed(signature.amzDate(), signedAt, now));
    }
    return Optional.empty();
  }
}
