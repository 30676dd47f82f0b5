package dev.sluice.it.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.Bytes;
import dev.sluice.it.support.RawHttp;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.SdkSigner;
import dev.sluice.junit.SluiceExtension;
import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** With strict auth, every request that is not correctly signed, now, by a known key is refused. */
class StrictAuthRefusesTest {
  static final String KEY = "AKID";
  static final String SECRET = "SECRET";

  @RegisterExtension
  static SluiceExtension sluice =
      SluiceExtension.withConfig(
          c ->
              c.withAuth(AuthMode.STRICT)
                  .withAccessKey(AccessKey.parse("AKID:SECRET:111122223333")));

  static S3Client s3;
  static URI endpoint;

  @BeforeAll
  static void bucket() {
    endpoint = sluice.endpoint();
    s3 = S3Clients.s3(endpoint, KEY, SECRET);
    s3.createBucket(b -> b.bucket("guarded"));
    s3.putObject(b -> b.bucket("guarded").key("kept"), RequestBody.fromString("original"));
  }

  @Test
  void aWrongSecretIsSignatureDoesNotMatchAndStoresNothing() {
    var wrong = S3Clients.s3(endpoint, KEY, "NOT-THE-SECRET");
    assertThatThrownBy(
            () ->
                wrong.putObject(
                    b -> b.bucket("guarded").key("forged"), RequestBody.fromString("forged")))
        .isInstanceOfSatisfying(S3Exception.class, e -> code(e, "SignatureDoesNotMatch"));
    assertThatThrownBy(() -> wrong.listObjectsV2(b -> b.bucket("guarded")))
        .isInstanceOfSatisfying(S3Exception.class, e -> code(e, "SignatureDoesNotMatch"));
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("guarded").key("forged")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void anUnknownAccessKeyIsInvalidAccessKeyId() {
    var stranger = S3Clients.s3(endpoint, "AKIDUNKNOWN", SECRET);
    assertThatThrownBy(() -> stranger.getObject(b -> b.bucket("guarded").key("kept")))
        .isInstanceOfSatisfying(S3Exception.class, e -> code(e, "InvalidAccessKeyId"));
  }

  @Test
  void anExpiredPresignedUrlIsAccessDenied() throws Exception {
    var tenMinutesAgo = new SdkSigner(KEY, SECRET, clockAt(Duration.ofMinutes(-10)));
    var url =
        tenMinutesAgo.presign(
            SdkHttpMethod.GET, endpoint.resolve("/guarded/kept"), Duration.ofMinutes(1));
    var response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("<Code>AccessDenied</Code>")
        .contains("<Message>Request has expired</Message>");
  }

  @Test
  void theSameUrlPresignedNowIsHonoured() throws Exception {
    var now = new SdkSigner(KEY, SECRET, Clock.systemUTC());
    var url =
        now.presign(SdkHttpMethod.GET, endpoint.resolve("/guarded/kept"), Duration.ofMinutes(1));
    var response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("original");
  }

  @Test
  void anUnsignedRequestIsAccessDenied() throws Exception {
    var read = RawHttp.exchange(endpoint, "GET /guarded/kept HTTP/1.1", new byte[0], false);
    assertThat(read.status()).isEqualTo(403);
    assertThat(read.body()).contains("<Code>AccessDenied</Code>");

    var body = "anonymous".getBytes(StandardCharsets.UTF_8);
    var write =
        RawHttp.exchange(
            endpoint,
            "PUT /guarded/anonymous HTTP/1.1\r\nContent-Length: " + body.length,
            body,
            false);
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.body()).contains("<Code>AccessDenied</Code>");
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("guarded").key("anonymous")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void aRequestSignedTwentyMinutesAgoIsRequestTimeTooSkewed() throws Exception {
    var late = new SdkSigner(KEY, SECRET, clockAt(Duration.ofMinutes(-20)));
    var signed =
        late.sign(SdkHttpMethod.GET, endpoint.resolve("/guarded?list-type=2"), new byte[0]);
    var response = RawHttp.exchange(endpoint, SdkSigner.head(signed), new byte[0], false);
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>RequestTimeTooSkewed</Code>");

    var onTime = new SdkSigner(KEY, SECRET, Clock.systemUTC());
    var again =
        onTime.sign(SdkHttpMethod.GET, endpoint.resolve("/guarded?list-type=2"), new byte[0]);
    var listed = RawHttp.exchange(endpoint, SdkSigner.head(again), new byte[0], false);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains("<Key>kept</Key>");
  }

  @Test
  void aTamperedChunkIsSignatureDoesNotMatchAndStoresNothing() throws Exception {
    var signer = new SdkSigner(KEY, SECRET, Clock.systemUTC());
    var payload = Bytes.random(200 * 1024, 5);

    var intact =
        signer.signChunked(SdkHttpMethod.PUT, endpoint.resolve("/guarded/chunked"), payload);
    var stored = RawHttp.exchange(endpoint, SdkSigner.head(intact), SdkSigner.body(intact), false);
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("guarded").key("chunked")).asByteArray())
        .isEqualTo(payload);

    var signed = signer.signChunked(SdkHttpMethod.PUT, endpoint.resolve("/guarded/kept"), payload);
    var wire = SdkSigner.body(signed);
    wire[wire.length - 1000] ^= 0x01; // a byte of the second chunk's data
    var response = RawHttp.exchange(endpoint, SdkSigner.head(signed), wire, false);
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>");
    assertThat(s3.getObjectAsBytes(b -> b.bucket("guarded").key("kept")).asUtf8String())
        .isEqualTo("original");
  }

  private static Clock clockAt(Duration offset) {
    return Clock.fixed(Instant.now().plus(offset), ZoneOffset.UTC);
  }

  private static void code(S3Exception e, String code) {
    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
  }
}
