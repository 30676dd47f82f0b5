package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.topics.Published;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What {@code sns:publish} answers a Task: the message id (and a FIFO topic's sequence number) with
 * the HTTP metadata of SNS's XML response, as the Java SDK v1 reports it to Step Functions.
 */
final class SnsPublishResponse {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private SnsPublishResponse() {}

  static ObjectNode of(Published published, String requestId) {
    ObjectNode out = Json.object();
    out.put("MessageId", published.messageId());
    if (published.sequenceNumber() != null) {
      out.put("SequenceNumber", published.sequenceNumber());
    }
    String length =
        Integer.toString(xml(published, requestId).getBytes(StandardCharsets.UTF_8).length);
    String date = DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    ObjectNode http = out.putObject("SdkHttpMetadata");
    ObjectNode all = http.putObject("AllHttpHeaders");
    all.putArray("x-amzn-RequestId").add(requestId);
    all.putArray("connection").add("keep-alive");
    all.putArray("Content-Length").add(length);
    all.putArray("Date").add(date);
    all.putArray("Content-Type").add("text/xml");
    ObjectNode headers = http.putObject("HttpHeaders");
    headers.put("connection", "keep-alive");
    headers.put("Content-Length", length);
    headers.put("Content-Type", "text/xml");
    headers.put("Date", date);
    headers.put("x-amzn-RequestId", requestId);
    http.put("HttpStatusCode", 200);
    out.putObject("SdkResponseMetadata").put("RequestId", requestId);
    return out;
  }

  /** SNS's PublishResponse document, whose length is the Content-Length. */
  static String xml(Published published, String requestId) {
    String sequence =
        published.sequenceNumber() == null
            ? ""
            : "    <SequenceNumber>" + published.sequenceNumber() + "</SequenceNumber>\n";
    return "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">\n"
        + "  <PublishResult>\n"
        + "    <MessageId>"
        + published.messageId()
        + "</MessageId>\n"
        + sequence
        + "  </PublishResult>\n"
        + "  <ResponseMetadata>\n"
        + "    <RequestId>"
        + requestId
        + "</RequestId>\n"
        + "  </ResponseMetadata>\n"
        + "</PublishResponse>\n";
  }
}
