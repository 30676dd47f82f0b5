package dev.sluice.server.internal.http;

import dev.sluice.core.result.Failure;
import java.util.Locale;

/**
 * The S3 error for a request Jetty refused before any service saw it (a request line or header it
 * could not parse, a header section over the limit, an idle timeout) or for a handler that failed,
 * with the code and wording S3 answers with in the same situation.
 */
final class JettyFailures {
  private JettyFailures() {}

  /**
   * @param status the status Jetty chose
   * @param reason Jetty's reason, or null
   * @param headerLimit the request header section limit in bytes, reported as S3 reports its own
   */
  static Failure forStatus(int status, String reason, int headerLimit) {
    return switch (status) {
      case 400 -> badRequest(reason);
      case 408 ->
          Failure.of(
              "RequestTimeout",
              400,
              "Your socket connection to the server was not read from or written to within the"
                  + " timeout period. Idle connections will be closed.");
      case 413 ->
          Failure.of(
              "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size.");
      case 414, 431 ->
          Failure.of(
                  "RequestHeaderSectionTooLarge",
                  400,
                  "Your request header section exceeds the maximum allowed size.")
              .with("MaxSizeAllowed", Integer.toString(headerLimit));
      case 501 -> notImplemented();
      case 503 -> Failure.of("ServiceUnavailable", 503, "Service is unable to handle request.");
      default -> otherwise(status);
    };
  }

  private static Failure badRequest(String reason) {
    var lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (lower.contains("uri")) {
      return invalidUri();
    }
    if (lower.contains("transfer-encoding")) {
      return notImplemented().with("Header", "Transfer-Encoding");
    }
    return unparsable();
  }

  /** Any other refusal of the parser (an unknown HTTP version included) is S3's BadRequest. */
  private static Failure otherwise(int status) {
    if (status < 500 || status == 505) {
      return unparsable();
    }
    return Failure.of("InternalError", 500, "We encountered an internal error. Please try again.");
  }

  static Failure invalidUri() {
    return Failure.of("InvalidURI", 400, "Couldn't parse the specified URI.");
  }

  private static Failure notImplemented() {
    return Failure.of(
        "NotImplemented",
        501,
        "A header you provided implies functionality that is not implemented");
  }

  private static Failure unparsable() {
    return Failure.of("BadRequest", 400, "An error occurred when parsing the HTTP request.");
  }
}
