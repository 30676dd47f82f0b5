package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.payload;
import static dev.sluice.aws.auth.TestRequests.refused;
import static dev.sluice.aws.auth.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Requests without any signature are anonymous when any signature goes, refused when strict. */
class UnsignedRequestsTest {
  private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

  @Test
  void makesAnUnsignedS3RequestAnonymousWhenAnySignatureGoes() {
    var acceptAny =
        new SigV4Authenticator(
            AuthSettings.acceptAny().withDefaults("123456789012", "eu-central-1"));

    var authenticated =
        accepted(acceptAny.authenticate(request("PUT", "/bucket/key", BODY, "Host", "h"), "s3"));

    assertThat(authenticated.identity())
        .isEqualTo(new Identity(null, "123456789012", "eu-central-1", null, "Anonymous"));
    assertThat(payload(authenticated)).isEqualTo(BODY);
  }

  @Test
  void refusesAnUnsignedS3RequestWithAccessDeniedInStrictMode() {
    var strict = new SigV4Authenticator(SdkSigning.strictSettings());

    var failure =
        refused(strict.authenticate(request("PUT", "/bucket/key", BODY, "Host", "h"), "s3"));

    assertThat(failure.code()).isEqualTo("AccessDenied");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message()).isEqualTo("Access Denied");
  }

  @Test
  void makesAnUnsignedJsonServiceCallAnonymousWhenAnySignatureGoes() {
    var acceptAny = new SigV4Authenticator(AuthSettings.acceptAny());

    var identity =
        accepted(acceptAny.authenticate(request("POST", "/", BODY, "Host", "h"), "states"))
            .identity();

    assertThat(identity.accessKeyId()).isNull();
    assertThat(identity.account()).isEqualTo(AuthSettings.DEFAULT_ACCOUNT);
    assertThat(identity.region()).isEqualTo(AuthSettings.DEFAULT_REGION);
  }

  @Test
  void refusesUnsignedCallsToOtherServicesInStrictMode() {
    var strict = new SigV4Authenticator(SdkSigning.strictSettings());

    var json = refused(strict.authenticate(request("POST", "/", BODY, "Host", "h"), "states"));
    var query = refused(strict.authenticate(request("POST", "/", BODY, "Host", "h"), "sns"));

    assertThat(json.code()).isEqualTo("MissingAuthenticationTokenException");
    assertThat(json.status()).isEqualTo(403);
    assertThat(json.message()).isEqualTo("Missing Authentication Token");
    assertThat(query.code()).isEqualTo("MissingAuthenticationToken");
  }
}
