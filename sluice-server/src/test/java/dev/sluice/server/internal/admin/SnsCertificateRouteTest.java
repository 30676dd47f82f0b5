package dev.sluice.server.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.topics.delivery.SigningKey;
import dev.sluice.server.EventsView;
import dev.sluice.server.FunctionCodeView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnsCertificateRouteTest {
  private static final SigningKey KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));
  private final AdminRoutes routes =
      new AdminRoutes(
          () -> true,
          () -> null,
          EventsView.none(),
          FunctionCodeView.none(),
          VirtualClock.real(),
          null,
          () -> null,
          () -> Optional.of(KEY));

  private HttpResponse get(String path) {
    return routes.handle(
        new HttpRequest(
            "GET",
            path,
            "",
            "localhost",
            new Headers(),
            new ByteArrayInputStream(new byte[0]),
            0,
            "127.0.0.1"));
  }

  @Test
  void servesTheSigningCertificateAsPem() throws Exception {
    var response = get("/_sluice/sns/SimpleNotificationService-" + KEY.keyId() + ".pem");

    assertThat(response.status()).isEqualTo(200);
    var body = ((HttpResponse.Bytes) response.body()).bytes();
    var certificate =
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(body));
    assertThat(certificate.getEncoded()).isEqualTo(KEY.certificateDer());
    assertThat(new String(body, StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void answers404ForAnotherKeyId() {
    assertThat(get("/_sluice/sns/SimpleNotificationService-0000.pem").status()).isEqualTo(404);
  }
}
