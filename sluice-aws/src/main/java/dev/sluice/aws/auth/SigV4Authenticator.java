package dev.sluice.aws.auth;

import dev.sluice.aws.auth.internal.AuthErrors;
import dev.sluice.aws.auth.internal.AuthorizationReader;
import dev.sluice.aws.auth.internal.ContentSha256;
import dev.sluice.aws.auth.internal.OpenedPayload;
import dev.sluice.aws.auth.internal.ParsedAuthorization;
import dev.sluice.aws.auth.internal.PayloadOpener;
import dev.sluice.aws.auth.internal.QueryParameters;
import dev.sluice.aws.auth.internal.SignatureV4;
import dev.sluice.aws.chunked.ChunkVerifier;
import dev.sluice.aws.gateway.AuthenticatedRequest;
import dev.sluice.aws.gateway.RequestAuthenticator;
import dev.sluice.aws.gateway.SubscriptionLinks;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Result;
import java.util.Objects;

/**
 * Reads SigV4 (Authorization header or presigned query) and, in {@link AuthMode#STRICT}, verifies
 * it; opens the payload with aws-chunked framing removed.
 *
 * <p>The identity's {@code principalId} is {@code "AWS:" + accessKeyId} for every signed request
 * (stable per access key, whether or not the key is known), and {@code "Anonymous"} for unsigned
 * ones. Unsigned requests are anonymous in {@link AuthMode#ACCEPT_ANY}; in {@link AuthMode#STRICT}
 * they are refused as AWS refuses them: S3 answers {@code AccessDenied} (Sluice has no public
 * buckets), the other services {@code MissingAuthenticationToken...}; only SNS's {@link
 * SubscriptionLinks} pass unsigned.
 */
public final class SigV4Authenticator implements RequestAuthenticator {
  static final String S3 = "s3";
  static final String ANONYMOUS = "Anonymous";

  private final AuthSettings settings;

  public SigV4Authenticator(AuthSettings settings) {
    this.settings = Objects.requireNonNull(settings);
  }

  @Override
  public Result<AuthenticatedRequest> authenticate(HttpRequest request, String service) {
    var errors = AuthErrors.forService(service);
    var query = QueryParameters.parse(request.rawQuery());
    return AuthorizationReader.read(request, query, S3.equals(service), errors)
        .flatMap(
            authorization ->
                switch (authorization) {
                  case ParsedAuthorization.Unsigned unsigned -> unsigned(request, service, errors);
                  case ParsedAuthorization.SignatureV2 v2 ->
                      signatureV2(request, service, v2, errors);
                  case SignatureV4 v4 -> signatureV4(request, query, service, v4, errors);
                });
  }

  private Result<AuthenticatedRequest> unsigned(
      HttpRequest request, String service, AuthErrors errors) {
    if (settings.mode() == AuthMode.STRICT && !isSubscriptionLink(request, service)) {
      return Result.err(errors.missingAuthentication());
    }
    var identity =
        new Identity(null, settings.defaultAccount(), settings.defaultRegion(), null, ANONYMOUS);
    return Result.ok(unverified(identity, request));
  }

  /** SNS's confirmation and unsubscribe links, which anyone holding them may open unsigned. */
  private static boolean isSubscriptionLink(HttpRequest request, String service) {
    return "sns".equals(service) && SubscriptionLinks.isLink(request);
  }

  private Result<AuthenticatedRequest> signatureV2(
      HttpRequest request,
      String service,
      ParsedAuthorization.SignatureV2 signature,
      AuthErrors errors) {
    if (settings.mode() == AuthMode.STRICT) {
      var authorization = request.headers().first("authorization");
      return Result.err(errors.sigV2Unsupported(Objects.toString(authorization, "")));
    }
    var key = signature.accessKeyId();
    return Result.ok(
        unverified(identity(key, accountOf(key), settings.defaultRegion(), service), request));
  }

  private Result<AuthenticatedRequest> signatureV4(
      HttpRequest request,
      QueryParameters query,
      String service,
      SignatureV4 signature,
      AuthErrors errors) {
    var key = signature.accessKeyId();
    var scope = signature.scope();
    if (settings.mode() == AuthMode.ACCEPT_ANY) {
      return Result.ok(
          unverified(identity(key, accountOf(key), scope.region(), scope.service()), request));
    }
    return new StrictVerification(settings, request, query, service, signature, errors)
        .run()
        .map(
            verified ->
                authenticated(
                    identity(key, verified.credential().account(), scope.region(), scope.service()),
                    verified.payload()));
  }

  private String accountOf(String accessKeyId) {
    var credential = settings.credentials().get(accessKeyId);
    return credential == null ? settings.defaultAccount() : credential.account();
  }

  private static Identity identity(
      String accessKeyId, String account, String region, String service) {
    return new Identity(accessKeyId, account, region, service, "AWS:" + accessKeyId);
  }

  private static AuthenticatedRequest unverified(Identity identity, HttpRequest request) {
    var hash = ContentSha256.of(request.headers());
    return authenticated(identity, PayloadOpener.open(request, hash, ChunkVerifier.NONE, false));
  }

  private static AuthenticatedRequest authenticated(Identity identity, OpenedPayload payload) {
    return new AuthenticatedRequest(
        identity, payload.stream(), payload.length(), payload.trailers());
  }
}
