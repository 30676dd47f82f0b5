package dev.sluice.aws.auth;

import dev.sluice.aws.auth.internal.AmzDate;
import dev.sluice.aws.auth.internal.AuthErrors;
import dev.sluice.aws.auth.internal.BoundedBody;
import dev.sluice.aws.auth.internal.ChainedChunkVerifier;
import dev.sluice.aws.auth.internal.ContentSha256;
import dev.sluice.aws.auth.internal.OpenedPayload;
import dev.sluice.aws.auth.internal.PayloadOpener;
import dev.sluice.aws.auth.internal.QueryParameters;
import dev.sluice.aws.auth.internal.Sha256;
import dev.sluice.aws.auth.internal.SignatureCheck;
import dev.sluice.aws.auth.internal.SignatureV4;
import dev.sluice.aws.auth.internal.SigningKey;
import dev.sluice.aws.auth.internal.TimeWindow;
import dev.sluice.aws.chunked.ChunkVerifier;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Result;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Verifies one SigV4-signed request in {@link AuthMode#STRICT}: time, access key, scope, the
 * signature over the canonical request, and then (as the payload is read) the payload hash or the
 * chunk signatures.
 */
final class StrictVerification {
  private final AuthSettings settings;
  private final HttpRequest request;
  private final QueryParameters query;
  private final String service;
  private final boolean s3;
  private final SignatureV4 signature;
  private final AuthErrors errors;

  StrictVerification(
      AuthSettings settings,
      HttpRequest request,
      QueryParameters query,
      String service,
      SignatureV4 signature,
      AuthErrors errors) {
    this.settings = settings;
    this.request = request;
    this.query = query;
    this.service = service;
    this.s3 = SigV4Authenticator.S3.equals(service);
    this.signature = signature;
    this.errors = errors;
  }

  /** The signer's credential and the payload, or why the request is refused. */
  Result<Verified> run() {
    var amzDate = signature.amzDate();
    if (amzDate == null) {
      return Result.err(errors.missingDate(signature.authorization()));
    }
    var signedAt = AmzDate.parse(amzDate).orElseThrow();
    var expired = TimeWindow.check(signature, signedAt, settings.clock().now(), errors);
    if (expired.isPresent()) {
      return Result.err(expired.get());
    }
    var credential = settings.credentials().get(signature.accessKeyId());
    if (credential == null) {
      return Result.err(errors.unknownAccessKey(signature.accessKeyId()));
    }
    var scope = signature.scope();
    if (!scope.date().equals(amzDate.substring(0, 8))) {
      return Result.err(errors.scopeDateMismatch(scope.date(), amzDate, signature.presigned()));
    }
    if (!scope.service().equals(service)) {
      return Result.err(errors.wrongService(scope.service(), service, signature.presigned()));
    }
    return payload(credential).map(payload -> new Verified(credential, payload));
  }

  /** A verified request: who signed it and its payload. */
  record Verified(Credential credential, OpenedPayload payload) {}

  private Result<OpenedPayload> payload(Credential credential) {
    var hash = ContentSha256.of(request.headers());
    if (!s3 && !hash.isStreaming() && hash.kind() != ContentSha256.Kind.UNSIGNED) {
      return BoundedBody.read(request.body(), request.contentLength(), BoundedBody.LIMIT, errors)
          .flatMap(body -> buffered(credential, body));
    }
    return signedHashes(hash)
        .flatMap(hashes -> verify(credential, hashes))
        .map(key -> PayloadOpener.open(request, hash, chunkVerifier(key, hash), true));
  }

  private Result<OpenedPayload> buffered(Credential credential, byte[] body) {
    var hashes = new LinkedHashSet<String>();
    hashes.add(Sha256.hex(body));
    if (signature.presigned()) {
      hashes.add(ContentSha256.UNSIGNED_PAYLOAD);
    }
    return verify(credential, List.copyOf(hashes)).map(key -> OpenedPayload.buffered(body));
  }

  /**
   * The payload hashes the client may have signed, given its x-amz-content-sha256 header. A
   * presigned request signs {@code UNSIGNED-PAYLOAD} (the SDK's S3 presigner does so even for a
   * plain HTTP endpoint), except that the SDK's general SigV4 signer signs the empty payload when
   * it presigns for plain HTTP.
   */
  private Result<List<String>> signedHashes(ContentSha256 hash) {
    if (signature.presigned()) {
      var hashes = new LinkedHashSet<String>();
      if (hash.value() != null) {
        hashes.add(hash.value());
      }
      hashes.add(ContentSha256.UNSIGNED_PAYLOAD);
      hashes.add(Sha256.EMPTY);
      return Result.ok(List.copyOf(hashes));
    }
    return switch (hash.kind()) {
      case ABSENT -> Result.<List<String>>err(errors.missingContentSha256());
      case OTHER -> Result.<List<String>>err(errors.invalidContentSha256(hash.value()));
      default -> Result.ok(List.of(hash.value()));
    };
  }

  private Result<SigningKey> verify(Credential credential, List<String> payloadHashes) {
    return SignatureCheck.verify(
        request, query, s3, signature, credential.secretAccessKey(), payloadHashes, errors);
  }

  private ChunkVerifier chunkVerifier(SigningKey key, ContentSha256 hash) {
    if (!hash.signsChunks()) {
      return ChunkVerifier.NONE;
    }
    boolean signedTrailer = hash.kind() == ContentSha256.Kind.STREAMING_SIGNED_TRAILER;
    return new ChainedChunkVerifier(key, signature, signature.signature(), signedTrailer, errors);
  }
}
