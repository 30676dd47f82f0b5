package dev.sluice.aws.s3.support;

import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.VirtualHost;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Builds the calls the gateway would hand to the S3 endpoint. */
public final class S3Calls {
  public static final Identity SIGNED =
      new Identity("AKIDEXAMPLE", "000000000000", "eu-west-1", "s3", "AIDAEXAMPLE");
  public static final Identity ANONYMOUS =
      new Identity(null, "000000000000", "us-east-1", null, "anonymous");

  private String method;
  private String path;
  private String query = "";
  private String host = "localhost:4566";
  private final Headers headers = new Headers();
  private final Headers trailers = new Headers();
  private byte[] body = new byte[0];
  private Identity identity = SIGNED;

  private S3Calls(String method, String pathAndQuery) {
    this.method = method;
    int q = pathAndQuery.indexOf('?');
    this.path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    this.query = q < 0 ? "" : pathAndQuery.substring(q + 1);
  }

  /** {@code request("GET", "/bucket/key?partNumber=1")}; the path and query are raw. */
  public static S3Calls request(String method, String pathAndQuery) {
    return new S3Calls(method, pathAndQuery);
  }

  public S3Calls host(String value) {
    this.host = value;
    return this;
  }

  public S3Calls header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  public S3Calls trailer(String name, String value) {
    trailers.add(name, value);
    return this;
  }

  public S3Calls body(String value) {
    this.body = value.getBytes(StandardCharsets.UTF_8);
    if (!headers.has("Content-Length")) {
      headers.set("Content-Length", Integer.toString(body.length));
    }
    return this;
  }

  public S3Calls identity(Identity value) {
    this.identity = value;
    return this;
  }

  public AwsCall call() {
    var length =
        headers.has("Content-Length") ? Long.parseLong(headers.first("Content-Length")) : -1;
    var http =
        new HttpRequest(
            method,
            path,
            query,
            host,
            headers,
            new ByteArrayInputStream(body),
            length,
            "192.0.2.10");
    return new AwsCall(
        http, identity, "REQ-1", new ByteArrayInputStream(body), body.length, trailers);
  }

  /** The S3 view of the call under the default settings; fails the test on a bad URI. */
  public S3Request s3() {
    var settings = S3Settings.defaults();
    return S3Request.of(call(), new VirtualHost(settings.hostNames()), settings.defaultRegion())
        .value();
  }
}
