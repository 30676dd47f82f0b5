package dev.sluice.core.result;

import java.util.Map;

/**
 * An expected failure: the AWS error code, the HTTP status AWS answers with, the message, and any
 * extra fields AWS puts into the error body (S3's {@code BucketName}, {@code Key}, ...). The
 * protocol layer renders it; nothing throws it.
 */
public record Failure(String code, int status, String message, Map<String, String> details) {

  public Failure {
    details = Map.copyOf(details);
  }

  public static Failure of(String code, int status, String message) {
    return new Failure(code, status, message, Map.of());
  }

  public Failure with(String field, String value) {
    var copy = new java.util.LinkedHashMap<>(details);
    copy.put(field, value);
    return new Failure(code, status, message, copy);
  }
}
