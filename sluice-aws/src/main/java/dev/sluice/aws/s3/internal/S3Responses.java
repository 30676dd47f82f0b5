package dev.sluice.aws.s3.internal;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.xml.XmlWriter;

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

  /** 204 without a body (the deletes). */
  public static HttpResponse noContent() {
    return HttpResponse.empty(204);
  }
}
