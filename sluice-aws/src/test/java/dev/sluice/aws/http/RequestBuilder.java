package dev.sluice.aws.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Builds {@link HttpRequest}s for tests. */
public final class RequestBuilder {
  private final String method;
  private final String rawPath;
  private String rawQuery = "";
  private String host = "localhost:4566";
  private final Headers headers = new Headers();
  private InputStream body = InputStream.nullInputStream();
  private long contentLength = -1;

  private RequestBuilder(String method, String rawPath) {
    this.method = method;
    this.rawPath = rawPath;
  }

  public static RequestBuilder request(String method, String rawPath) {
    return new RequestBuilder(method, rawPath);
  }

  public RequestBuilder query(String rawQuery) {
    this.rawQuery = rawQuery;
    return this;
  }

  public RequestBuilder host(String host) {
    this.host = host;
    return this;
  }

  public RequestBuilder header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  public RequestBuilder body(String text) {
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    return body(new ByteArrayInputStream(bytes), bytes.length);
  }

  public RequestBuilder body(InputStream stream, long length) {
    this.body = stream;
    this.contentLength = length;
    return this;
  }

  /** A form-encoded body, as the query protocol sends it. */
  public RequestBuilder form(String text) {
    return header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").body(text);
  }

  /** An Authorization header with a SigV4 credential scope for {@code service}. */
  public RequestBuilder signedFor(String service) {
    return header(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/"
            + service
            + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc");
  }

  public HttpRequest build() {
    headers.set("Host", host);
    return new HttpRequest(
        method, rawPath, rawQuery, host, headers, body, contentLength, "127.0.0.1");
  }
}
