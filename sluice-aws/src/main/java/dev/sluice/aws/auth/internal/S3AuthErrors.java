package dev.sluice.aws.auth.internal;

import dev.sluice.core.result.Failure;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Authentication failures worded as S3 words them, with S3's extra error fields. */
public final class S3AuthErrors implements AuthErrors {
  private static final String MALFORMED_CREDENTIAL =
      "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".";
  private static final String QUERY_ERROR = "AuthorizationQueryParametersError";

  @Override
  public Failure unsupportedAuthorization(String authorization) {
    return Failure.of("InvalidArgument", 400, "Unsupported Authorization Type")
        .with("ArgumentName", "Authorization")
        .with("ArgumentValue", authorization);
  }

  @Override
  public Failure sigV2Unsupported(String authorization) {
    return Failure.of(
        "InvalidRequest",
        400,
        "The authorization mechanism you have provided is not supported. Please use"
            + " AWS4-HMAC-SHA256.");
  }

  @Override
  public Failure missingAuthorizationComponents(List<String> missing, String authorization) {
    return credentialProblem(
        "the authorization header requires three components: Credential, SignedHeaders, and"
            + " Signature.",
        false);
  }

  @Override
  public Failure malformedCredential(String credential, String authorization, boolean presigned) {
    return credentialProblem(MALFORMED_CREDENTIAL, presigned);
  }

  @Override
  public Optional<Failure> bothAuthMechanisms(String authorization) {
    return Optional.of(
        Failure.of(
                "InvalidArgument",
                400,
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature"
                    + " query string parameter or the Authorization header should be specified")
            .with("ArgumentName", "Authorization")
            .with("ArgumentValue", authorization));
  }

  @Override
  public Failure presignedParametersMissing(List<String> missing) {
    return Failure.of(
        QUERY_ERROR,
        400,
        "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential,"
            + " X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
  }

  @Override
  public Failure presignedAlgorithmUnsupported(String algorithm) {
    return Failure.of(QUERY_ERROR, 400, "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
  }

  @Override
  public Failure presignedDateInvalid(String date) {
    return Failure.of(
        QUERY_ERROR, 400, "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
  }

  @Override
  public Failure presignedExpiresNotANumber(String expires) {
    return Failure.of(QUERY_ERROR, 400, "X-Amz-Expires should be a number");
  }

  @Override
  public Failure presignedExpiresNegative() {
    return Failure.of(QUERY_ERROR, 400, "X-Amz-Expires must be non-negative");
  }

  @Override
  public Failure presignedExpiresTooLong() {
    return Failure.of(
        QUERY_ERROR, 400, "X-Amz-Expires must be less than a week (in seconds) that is 604800");
  }

  @Override
  public Failure missingDate(String authorization) {
    return Failure.of(
        "AccessDenied", 403, "AWS authentication requires a valid Date or x-amz-date header");
  }

  @Override
  public Failure scopeDateMismatch(String scopeDate, String amzDate, boolean presigned) {
    return credentialProblem(
        "Invalid credential date. Date is not the same as X-Amz-Date.", presigned);
  }

  @Override
  public Failure wrongService(String scopeService, String service, boolean presigned) {
    return credentialProblem(
        "incorrect service \"" + scopeService + "\". This endpoint belongs to \"" + service + "\".",
        presigned);
  }

  @Override
  public Failure skewed(String amzDate, Instant signedAt, Instant now) {
    return Failure.of(
            "RequestTimeTooSkewed",
            403,
            "The difference between the request time and the current time is too large.")
        .with("RequestTime", amzDate)
        .with("ServerTime", iso(now))
        .with("MaxAllowedSkewMilliseconds", Long.toString(TimeWindow.MAX_SKEW.toMillis()));
  }

  @Override
  public Failure presignedExpired(Instant signedAt, long expiresSeconds, Instant now) {
    return Failure.of("AccessDenied", 403, "Request has expired")
        .with("X-Amz-Expires", Long.toString(expiresSeconds))
        .with("Expires", iso(signedAt.plusSeconds(expiresSeconds)))
        .with("ServerTime", iso(now));
  }

  @Override
  public Failure unknownAccessKey(String accessKeyId) {
    return Failure.of(
            "InvalidAccessKeyId",
            403,
            "The AWS Access Key Id you provided does not exist in our records.")
        .with("AWSAccessKeyId", accessKeyId);
  }

  @Override
  public Failure signatureMismatch(SignatureMismatch mismatch) {
    var failure =
        Failure.of(
                "SignatureDoesNotMatch",
                403,
                "The request signature we calculated does not match the signature you provided."
                    + " Check your key and signing method.")
            .with("AWSAccessKeyId", mismatch.accessKeyId())
            .with("StringToSign", mismatch.stringToSign())
            .with("SignatureProvided", String.valueOf(mismatch.providedSignature()))
            .with("StringToSignBytes", bytes(mismatch.stringToSign()));
    if (mismatch.canonicalRequest() == null) {
      return failure;
    }
    return failure
        .with("CanonicalRequest", mismatch.canonicalRequest())
        .with("CanonicalRequestBytes", bytes(mismatch.canonicalRequest()));
  }

  @Override
  public Failure missingContentSha256() {
    return Failure.of(
        "InvalidRequest", 400, "Missing required header for this request: x-amz-content-sha256");
  }

  @Override
  public Failure invalidContentSha256(String value) {
    return Failure.of(
            "InvalidArgument",
            400,
            "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER,"
                + " STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER,"
                + " STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD,"
                + " STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.")
        .with("ArgumentName", "x-amz-content-sha256")
        .with("ArgumentValue", value);
  }

  @Override
  public Failure missingAuthentication() {
    return Failure.of("AccessDenied", 403, "Access Denied");
  }

  @Override
  public Failure payloadTooLarge(long limit) {
    return Failure.of(
            "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size")
        .with("MaxSizeAllowed", Long.toString(limit));
  }

  private static Failure credentialProblem(String problem, boolean presigned) {
    return presigned
        ? Failure.of(QUERY_ERROR, 400, "Error parsing the X-Amz-Credential parameter; " + problem)
        : Failure.of(
            "AuthorizationHeaderMalformed",
            400,
            "The authorization header is malformed; " + problem);
  }

  private static String bytes(String text) {
    return Hex.spaced(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
