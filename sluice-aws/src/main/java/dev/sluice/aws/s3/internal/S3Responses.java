package dev.sluice.aws.s3.internal;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ChecksumAlgorithm;
import java.util.Map;

/** The shapes of S3's successful responses. */
public final class S3Responses {
  private S3Responses() {}

  /** 200 with an XML document. */
  public static HttpResponse xml(XmlWriter document) {
    return HttpResponse.bytes(200, "application/xml", document.toBytes());
  }

  /** 200 without a body. */
  public static HttpResponse ok() {
    return HttpResponse.empty(200);
  }

  /** 200 without a body, with the ETag and checksums of what was stored (an object or a part). */
  public static HttpResponse stored(String etag, Map<ChecksumAlgorithm, String> checksums) {
    var response = ok();
    response.headers().set("ETag", etag);
    ChecksumHeaders.write(checksums, response.headers());
    return response;
  }

  /** 204 without a body (the deletes). */
  public static HttpResponse noContent() {
    return HttpResponse.empty(204);
  }
}
