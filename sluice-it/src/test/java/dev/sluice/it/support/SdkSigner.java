package dev.sluice.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The AWS SDK's own SigV4 signer, used directly for requests a client would never send as they are:
 * signed at another time, presigned in the past, or tampered with after signing.
 */
public final class SdkSigner {
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final AwsCredentialsIdentity credentials;
  private final Clock clock;

  public SdkSigner(String accessKey, String secretKey, Clock clock) {
    this.credentials = AwsCredentialsIdentity.create(accessKey, secretKey);
    this.clock = clock;
  }

  /** An S3 request signed in the Authorization header with the payload's SHA-256. */
  public SignedRequest sign(SdkHttpMethod method, URI uri, byte[] body) {
    return SIGNER.sign(
        s3(request(method, uri, body), body)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
            .build());
  }

  /** An S3 upload in aws-chunked encoding whose every chunk is signed. */
  public SignedRequest signChunked(SdkHttpMethod method, URI uri, byte[] body) {
    return SIGNER.sign(
        s3(request(method, uri, body), body)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
            .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
            .build());
  }

  /** A presigned URL for an S3 request without a body, valid for {@code expires}. */
  public URI presign(SdkHttpMethod method, URI uri, Duration expires) {
    var signed =
        SIGNER.sign(
            s3(request(method, uri, new byte[0]), new byte[0])
                .putProperty(
                    AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .build());
    return signed.request().getUri();
  }

  /**
   * The request line and headers of {@code signed} for {@link RawHttp#exchange}, without the Host
   * header (RawHttp writes it, and it equals the one signed for a URI of the same endpoint).
   */
  public static String head(SignedRequest signed) {
    var request = signed.request();
    var target = request.getUri().getRawPath();
    if (request.getUri().getRawQuery() != null) {
      target += "?" + request.getUri().getRawQuery();
    }
    var headers =
        request.headers().entrySet().stream()
            .filter(header -> !header.getKey().equalsIgnoreCase("Host"))
            .flatMap(header -> header.getValue().stream().map(v -> header.getKey() + ": " + v))
            .collect(Collectors.joining("\r\n"));
    return request.method().name() + " " + target + " HTTP/1.1\r\n" + headers;
  }

  /** The bytes {@code signed} sends, aws-chunked framing and signatures included. */
  public static byte[] body(SignedRequest signed) throws IOException {
    if (signed.payload().isEmpty()) {
      return new byte[0];
    }
    try (InputStream in = signed.payload().get().newStream()) {
      return in.readAllBytes();
    }
  }

  private SignRequest.Builder<AwsCredentialsIdentity> s3(SdkHttpRequest request, byte[] body) {
    return SignRequest.builder(credentials)
        .request(request)
        .payload(ContentStreamProvider.fromByteArray(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
        .putProperty(HttpSigner.SIGNING_CLOCK, clock);
  }

  private static SdkHttpRequest request(SdkHttpMethod method, URI uri, byte[] body) {
    var builder = SdkHttpRequest.builder().method(method).uri(uri);
    if (method == SdkHttpMethod.PUT || method == SdkHttpMethod.POST) {
      builder.putHeader("Content-Length", Integer.toString(body.length));
    }
    return builder.build();
  }
}
