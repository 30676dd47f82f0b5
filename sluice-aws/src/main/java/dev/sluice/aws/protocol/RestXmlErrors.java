package dev.sluice.aws.protocol;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Errors of the {@code rest-xml} protocol as S3 writes them: an {@code Error} document with {@code
 * Code}, {@code Message}, the failure's details ({@code BucketName}, {@code Key}, ...), {@code
 * RequestId} and {@code HostId}, with the ids repeated in {@code x-amz-request-id} and {@code
 * x-amz-id-2}.
 */
public final class RestXmlErrors {
  private RestXmlErrors() {}

  public static HttpResponse render(Failure failure, String requestId) {
    var hostId = hostId(requestId);
    var xml = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
    XmlText.element(xml, "Code", failure.code());
    XmlText.element(xml, "Message", failure.message());
    failure.details().forEach((name, value) -> XmlText.element(xml, name, value));
    XmlText.element(xml, "RequestId", requestId);
    XmlText.element(xml, "HostId", hostId);
    xml.append("</Error>");
    var response =
        HttpResponse.text(failure.status(), WireProtocol.REST_XML.contentType(), xml.toString());
    response.headers().set("x-amz-request-id", requestId).set("x-amz-id-2", hostId);
    return response;
  }

  /** S3's {@code x-amz-id-2}: an opaque token; Sluice derives it from the request id. */
  public static String hostId(String requestId) {
    return Base64.getEncoder().encodeToString(requestId.getBytes(StandardCharsets.UTF_8));
  }
}
