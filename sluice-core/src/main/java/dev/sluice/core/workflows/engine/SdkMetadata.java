package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code SdkHttpMetadata} and {@code SdkResponseMetadata} members the Java SDK v1 adds to what
 * an optimized integration of a JSON-protocol service answers (Step Functions, Glue).
 */
final class SdkMetadata {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private SdkMetadata() {}

  /**
   * Adds both members to {@code out}.
   *
   * @param body the service's response body, whose length is the Content-Length
   * @param contentType the service's JSON content type ({@code application/x-amz-json-1.0} or
   *     {@code 1.1})
   */
  static void add(ObjectNode out, String requestId, String body, Instant date, String contentType) {
    ObjectNode http = out.putObject("SdkHttpMetadata");
    ObjectNode all = http.putObject("AllHttpHeaders");
    ObjectNode headers = http.putObject("HttpHeaders");
    header(all, headers, "x-amzn-RequestId", requestId);
    header(all, headers, "connection", "keep-alive");
    header(
        all,
        headers,
        "Content-Length",
        Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
    header(all, headers, "Date", DATE.format(date.atZone(ZoneOffset.UTC)));
    header(all, headers, "Content-Type", contentType);
    http.put("HttpStatusCode", 200);
    out.putObject("SdkResponseMetadata").put("RequestId", requestId);
  }

  private static void header(ObjectNode all, ObjectNode headers, String name, String value) {
    all.putArray(name).add(value);
    headers.put(name, value);
  }
}
