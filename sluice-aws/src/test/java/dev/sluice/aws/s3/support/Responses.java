package dev.sluice.aws.s3.support;

import dev.sluice.aws.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Reading endpoint responses in tests. */
public final class Responses {
  private Responses() {}

  /** The body of a response with bytes, as text. */
  public static String text(HttpResponse response) {
    if (response.body() instanceof HttpResponse.Bytes bytes) {
      return new String(bytes.bytes(), StandardCharsets.UTF_8);
    }
    throw new AssertionError("expected a byte body, got " + response.body());
  }
}
