package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.topics.delivery.SigningKey;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /_sluice/sns/SimpleNotificationService-<keyId>.pem}: the certificate SNS messages'
 * signatures verify with (their SigningCertURL).
 */
final class SnsCertificateRoute {
  static final String PREFIX = "sns/SimpleNotificationService-";

  private final Supplier<Optional<SigningKey>> key;

  SnsCertificateRoute(Supplier<Optional<SigningKey>> key) {
    this.key = key;
  }

  HttpResponse handle(String route) {
    var keyId = route.substring(PREFIX.length());
    if (!keyId.endsWith(".pem")) {
      return AdminJson.error(404, "No admin route /_sluice/" + route);
    }
    var wanted = keyId.substring(0, keyId.length() - ".pem".length());
    return key.get()
        .filter(k -> k.keyId().equals(wanted))
        .map(k -> HttpResponse.text(200, "application/x-pem-file", k.certificatePem()))
        .orElseGet(() -> AdminJson.error(404, "No such certificate"));
  }
}
