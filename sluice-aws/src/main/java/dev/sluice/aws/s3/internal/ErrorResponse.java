package dev.sluice.aws.s3.internal;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.result.Failure;
import java.util.Map;
import java.util.TreeMap;

/**
 * S3's error document: {@code <Error><Code/><Message/>[details]<RequestId/><HostId/></Error>} with
 * the failure's status. Responses to HEAD carry the status and headers only; so does 304.
 */
public final class ErrorResponse {
  private ErrorResponse() {}

  public static HttpResponse render(
      String method, String requestId, String hostId, Failure failure) {
    if ("HEAD".equals(method) || failure.status() == 304) {
      var headers = new Headers();
      if (failure.status() != 304) {
        headers.set("Content-Type", "application/xml");
      }
      return new HttpResponse(failure.status(), headers, new HttpResponse.Empty());
    }
    return HttpResponse.bytes(
        failure.status(), "application/xml", document(requestId, hostId, failure).toBytes());
  }

  /** The error document; details in name order, so the output is stable. */
  public static XmlWriter document(String requestId, String hostId, Failure failure) {
    var xml =
        XmlWriter.plainDocument("Error")
            .element("Code", failure.code())
            .element("Message", failure.message());
    for (Map.Entry<String, String> detail : new TreeMap<>(failure.details()).entrySet()) {
      xml.element(detail.getKey(), detail.getValue() == null ? "" : detail.getValue());
    }
    return xml.element("RequestId", requestId).element("HostId", hostId);
  }
}
