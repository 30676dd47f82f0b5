package dev.sluice.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.aws.gateway.AuthenticatedRequest;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Builds requests by hand and reads what the authenticator makes of them. */
final class TestRequests {
  static final String EXAMPLE_KEY = "AKIAIOSFODNN7EXAMPLE";
  static final String EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final Credential EXAMPLE = new Credential(EXAMPLE_KEY, EXAMPLE_SECRET, "111122223333");

  private TestRequests() {}

  static Clock at(String instant) {
    var fixed = Instant.parse(instant);
    return () -> fixed;
  }

  /**
   * @param target the path and query as sent, e.g. {@code /bucket/key?acl}
   * @param headers alternating names and values
   */
  static HttpRequest request(String method, String target, byte[] body, String... headers) {
    var all = new Headers();
    for (int i = 0; i < headers.length; i += 2) {
      all.add(headers[i], headers[i + 1]);
    }
    int question = target.indexOf('?');
    var path = question < 0 ? target : target.substring(0, question);
    var query = question < 0 ? "" : target.substring(question + 1);
    var length = all.first("content-length");
    return new HttpRequest(
        method,
        path,
        query,
        all.first("host"),
        all,
        new ByteArrayInputStream(body),
        length == null ? body.length : Long.parseLong(length),
        "127.0.0.1");
  }

  static AuthenticatedRequest accepted(Result<AuthenticatedRequest> result) {
    assertThat(result.isOk()).as("authentication result %s", result).isTrue();
    return result.value();
  }

  static Failure refused(Result<AuthenticatedRequest> result) {
    assertThat(result.isOk()).as("authentication result %s", result).isFalse();
    return result.failure();
  }

  static byte[] payload(AuthenticatedRequest request) {
    try (var in = request.payload()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The failure reading the payload ends in. */
  static Failure payloadFailure(AuthenticatedRequest request) {
    var rejected =
        catchThrowableOfType(RejectedInput.class, () -> request.payload().readAllBytes());
    assertThat(rejected).as("reading the payload is rejected").isNotNull();
    return rejected.failure();
  }
}
