package dev.sluice.server.internal.wiring;

import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AuthenticatedRequest;
import dev.sluice.aws.gateway.RequestAuthenticator;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.server.AccessKey;

/**
 * Stands in for SigV4 until it is wired in {@code ServiceRegistry}: accepts every request as
 * anonymous in the default account and hands the body on as sent. In strict mode it refuses every
 * request, so a missing verifier never opens a door.
 */
public final class UnverifiedAuthenticator implements RequestAuthenticator {
  private final String region;
  private final boolean strict;

  public UnverifiedAuthenticator(String region, boolean strict) {
    this.region = region;
    this.strict = strict;
  }

  @Override
  public Result<AuthenticatedRequest> authenticate(HttpRequest request, String service) {
    if (strict) {
      return Result.err(
          Failure.of(
              "AccessDenied",
              403,
              "This Sluice has no signature verifier, so strict authentication refuses every"
                  + " request."));
    }
    var identity = new Identity(null, AccessKey.DEFAULT_ACCOUNT, region, service, "anonymous");
    return Result.ok(
        new AuthenticatedRequest(identity, request.body(), request.contentLength(), new Headers()));
  }
}
