package dev.sluice.core.result;

import java.io.IOException;

/**
 * Thrown by a request body stream when the bytes themselves break a rule (a bad chunk signature, a
 * truncated body, a checksum that does not match). It crosses the {@link java.io.InputStream} API
 * as an {@link IOException}; services catch it and answer with its {@link Failure}.
 */
public final class RejectedInput extends IOException {
  private final transient Failure failure;

  public RejectedInput(Failure failure) {
    super(failure.code() + ": " + failure.message());
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}
