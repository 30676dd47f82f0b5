package dev.sluice.aws.sns.internal;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.QueryErrors;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.aws.protocol.XmlText;

/**
 * SNS's answer documents: {@code <XResponse xmlns=...><XResult>...</XResult><ResponseMetadata>
 * <RequestId>...</RequestId></ResponseMetadata></XResponse>}, with {@code x-amzn-RequestId}.
 */
public final class SnsResponses {
  private SnsResponses() {}

  public static HttpResponse ok(String action, ResultXml result, String requestId) {
    var xml = new StringBuilder(512).append("<?xml version=\"1.0\"?>\n");
    xml.append('<').append(action).append("Response xmlns=\"");
    xml.append(QueryErrors.SNS_NAMESPACE).append("\">");
    if (result.hasResult()) {
      xml.append('<').append(action).append("Result>").append(result.text());
      xml.append("</").append(action).append("Result>");
    }
    xml.append("<ResponseMetadata>");
    XmlText.element(xml, "RequestId", requestId);
    xml.append("</ResponseMetadata></").append(action).append("Response>\n");
    var response = HttpResponse.text(200, WireProtocol.QUERY.contentType(), xml.toString());
    response.headers().set("x-amzn-RequestId", requestId);
    return response;
  }
}
