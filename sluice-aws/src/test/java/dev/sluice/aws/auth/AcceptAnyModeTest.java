package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.bytes;
import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.sign;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * In the default mode every signature is read for its access key, region and service, and none is
 * verified: not the signature, not the time, not chunk signatures.
 */
class AcceptAnyModeTest {
  private static final String SOMEONE = "AKIASOMEONEELSE00001";

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(AuthSettings.acceptAny().withClock(at("2031-01-01T00:00:00Z")));

  @Test
  void acceptsASignatureMadeWithAnySecretLongAgo() {
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/bucket/key").build(),
            new byte[0],
            "s3",
            "whatever",
            options -> {});

    var identity = accepted(authenticator.authenticate(received(signed), "s3")).identity();

    assertThat(identity)
        .isEqualTo(
            new Identity(
                SdkSigning.ACCESS_KEY,
                AuthSettings.DEFAULT_ACCOUNT,
                SdkSigning.REGION,
                "s3",
                "AWS:" + SdkSigning.ACCESS_KEY));
  }

  @Test
  void namesTheServiceAndRegionOfTheCredentialScope() {
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.POST, "http://localhost:4566/").build(),
            "{}".getBytes(StandardCharsets.UTF_8),
            "states",
            "whatever",
            options -> options.putProperty(AwsV4HttpSigner.REGION_NAME, "ap-south-2"));

    var identity = accepted(authenticator.authenticate(received(signed), "glue")).identity();

    assertThat(identity.service()).isEqualTo("states");
    assertThat(identity.region()).isEqualTo("ap-south-2");
  }

  @Test
  void givesAKnownAccessKeyItsOwnAccount() {
    var knowing =
        new SigV4Authenticator(
            AuthSettings.acceptAny()
                .withCredentials(
                    List.of(SdkSigning.CREDENTIAL, new Credential(SOMEONE, "s", "999988887777"))));
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/b").build(),
            new byte[0],
            "s3",
            "not-the-right-secret",
            options -> {});

    var identity = accepted(knowing.authenticate(received(signed), "s3")).identity();

    assertThat(identity.account()).isEqualTo(SdkSigning.ACCOUNT);
  }

  @Test
  void acceptsAnExpiredPresignedUrl() {
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.GET, "https://localhost:4566/bucket/key").build(),
            new byte[0],
            "s3",
            "whatever",
            options ->
                options
                    .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(1)));

    var identity = accepted(authenticator.authenticate(received(signed), "s3")).identity();

    assertThat(identity.accessKeyId()).isEqualTo(SdkSigning.ACCESS_KEY);
  }

  @Test
  void decodesAChunkedBodyWithoutCheckingItsChunkSignatures() {
    var object = new byte[200_000];
    java.util.Arrays.fill(object, (byte) 7);
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.PUT, "http://localhost:4566/bucket/key")
                .putHeader("Content-Length", Integer.toString(object.length))
                .build(),
            object,
            "s3",
            "whatever",
            options ->
                options
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(
                        AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32));

    var authenticated = accepted(authenticator.authenticate(received(signed, bytes(signed)), "s3"));

    assertThat(payload(authenticated)).isEqualTo(object);
    assertThat(authenticated.trailers().has("x-amz-checksum-crc32")).isTrue();
  }
}
