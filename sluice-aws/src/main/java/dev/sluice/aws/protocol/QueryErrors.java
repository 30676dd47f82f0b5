package dev.sluice.aws.protocol;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;

/**
 * Errors of the {@code query} protocol (SNS, SQS's query mode): an {@code ErrorResponse} document
 * in the service's XML namespace with {@code Type} ({@code Sender} for 4xx, {@code Receiver} for
 * 5xx), {@code Code}, {@code Message}, the failure's details as further elements, and the request
 * id.
 */
public final class QueryErrors {
  public static final String SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
  public static final String SQS_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

  private QueryErrors() {}

  /**
   * @param xmlNamespace the service's namespace, or null for none
   */
  public static HttpResponse render(Failure failure, String requestId, String xmlNamespace) {
    var xml = new StringBuilder(256).append("<?xml version=\"1.0\"?>\n<ErrorResponse");
    if (xmlNamespace != null) {
      xml.append(" xmlns=\"").append(XmlText.escape(xmlNamespace)).append('"');
    }
    xml.append("><Error>");
    XmlText.element(xml, "Type", failure.status() >= 500 ? "Receiver" : "Sender");
    XmlText.element(xml, "Code", failure.code());
    XmlText.element(xml, "Message", failure.message());
    failure.details().forEach((name, value) -> XmlText.element(xml, name, value));
    xml.append("</Error>");
    XmlText.element(xml, "RequestId", requestId);
    xml.append("</ErrorResponse>\n");
    var response =
        HttpResponse.text(failure.status(), WireProtocol.QUERY.contentType(), xml.toString());
    response.headers().set("x-amzn-RequestId", requestId);
    return response;
  }
}
