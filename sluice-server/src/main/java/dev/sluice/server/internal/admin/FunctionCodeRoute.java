package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.FunctionCodeView;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code /_sluice/functions/<name>/code/<sha256>}: a function's deployment package (a zip). */
final class FunctionCodeRoute {
  static final String PREFIX = "functions/";

  private final FunctionCodeView packages;

  FunctionCodeRoute(FunctionCodeView packages) {
    this.packages = packages;
  }

  HttpResponse handle(String route) {
    var parts = route.split("/");
    if (parts.length != 4 || !parts[2].equals("code")) {
      return AdminJson.error(404, "No admin route /_sluice/" + route);
    }
    return packages
        .find(parts[1], parts[3])
        .map(FunctionCodeRoute::zip)
        .orElseGet(() -> AdminJson.error(404, "No such function package"));
  }

  private static HttpResponse zip(dev.sluice.core.functions.CodeBundle bundle) {
    try (var in = bundle.source().open()) {
      return HttpResponse.bytes(200, "application/zip", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read a function package", e);
    }
  }
}
