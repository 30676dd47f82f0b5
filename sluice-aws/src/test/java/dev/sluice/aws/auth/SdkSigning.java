package dev.sluice.aws.auth;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs requests with the AWS SDK for Java v2's own SigV4 signer (the oracle) and turns them into
 * the {@link HttpRequest} the server would see.
 */
final class SdkSigning {
  static final String ACCESS_KEY = "AKIASLUICETEST000001";
  static final String SECRET = "sluice/Test+Secret/Key0000000000000000000";
  static final String ACCOUNT = "444455556666";
  static final Credential CREDENTIAL = new Credential(ACCESS_KEY, SECRET, ACCOUNT);
  static final String REGION = "eu-west-1";
  static final Instant SIGNED_AT = Instant.parse("2025-03-14T09:26:53Z");

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private SdkSigning() {}

  /** The strict settings that know {@link #CREDENTIAL}, with the clock at {@link #SIGNED_AT}. */
  static AuthSettings strictSettings() {
    return AuthSettings.strict(CREDENTIAL).withClock(TestRequests.at(SIGNED_AT.toString()));
  }

  static SdkHttpRequest.Builder sdkRequest(SdkHttpMethod method, String uri) {
    return SdkHttpRequest.builder().method(method).uri(URI.create(uri));
  }

  /** Signs as the SDK's S3 client does: no double encoding, no normalization, signed payload. */
  static SignedRequest signS3(
      SdkHttpRequest request,
      byte[] body,
      Consumer<SignRequest.Builder<AwsCredentialsIdentity>> options) {
    return sign(
        request,
        body,
        "s3",
        SECRET,
        builder -> {
          builder
              .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
              .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false);
          options.accept(builder);
        });
  }

  static SignedRequest sign(
      SdkHttpRequest request,
      byte[] body,
      String service,
      String secret,
      Consumer<SignRequest.Builder<AwsCredentialsIdentity>> options) {
    return SIGNER.sign(
        builder -> {
          builder
              .identity(AwsCredentialsIdentity.create(ACCESS_KEY, secret))
              .request(request)
              .payload(ContentStreamProvider.fromByteArray(body))
              .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
              .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
              .putProperty(
                  HttpSigner.SIGNING_CLOCK, java.time.Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
          options.accept(builder);
        });
  }

  /** The request as it reaches the server: headers, raw path and query, the signed payload. */
  static HttpRequest received(SignedRequest signed) {
    return received(signed, bytes(signed));
  }

  static HttpRequest received(SignedRequest signed, byte[] body) {
    var sdk = signed.request();
    var headers = new Headers();
    sdk.forEachHeader((name, values) -> values.forEach(value -> headers.add(name, value)));
    var host = sdk.port() == 80 || sdk.port() == 443 ? sdk.host() : sdk.host() + ":" + sdk.port();
    if (!headers.has("host")) {
      headers.add("Host", host);
    }
    var query = sdk.getUri().getRawQuery();
    var length = headers.first("content-length");
    return new HttpRequest(
        sdk.method().name(),
        sdk.encodedPath().isEmpty() ? "/" : sdk.encodedPath(),
        query == null ? "" : query,
        host,
        headers,
        new ByteArrayInputStream(body),
        length == null ? body.length : Long.parseLong(length),
        "127.0.0.1");
  }

  /** The payload exactly as the SDK would send it (aws-chunked framing included). */
  static byte[] bytes(SignedRequest signed) {
    return signed
        .payload()
        .map(
            provider -> {
              try (InputStream in = provider.newStream()) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .orElse(new byte[0]);
  }
}
