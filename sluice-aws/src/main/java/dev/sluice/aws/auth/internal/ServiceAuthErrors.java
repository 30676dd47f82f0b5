package dev.sluice.aws.auth.internal;

import dev.sluice.core.result.Failure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Authentication failures as the JSON services (Lambda, Step Functions, Glue, ...) and the query
 * services (SNS, STS, ...) word them: the same messages under different codes.
 */
public record ServiceAuthErrors(
    String mismatchCode,
    String unknownKeyCode,
    String incompleteCode,
    String missingTokenCode,
    String missingTokenMessage)
    implements AuthErrors {

  public static final ServiceAuthErrors JSON =
      new ServiceAuthErrors(
          "InvalidSignatureException",
          "UnrecognizedClientException",
          "IncompleteSignatureException",
          "MissingAuthenticationTokenException",
          "Missing Authentication Token");

  public static final ServiceAuthErrors QUERY =
      new ServiceAuthErrors(
          "SignatureDoesNotMatch",
          "InvalidClientTokenId",
          "IncompleteSignature",
          "MissingAuthenticationToken",
          "Request is missing Authentication Token");

  private static final List<String> ALL_COMPONENTS =
      List.of("Credential", "Signature", "SignedHeaders");

  @Override
  public Failure unsupportedAuthorization(String authorization) {
    return missingAuthorizationComponents(ALL_COMPONENTS, authorization);
  }

  @Override
  public Failure sigV2Unsupported(String authorization) {
    return unsupportedAuthorization(authorization);
  }

  @Override
  public Failure missingAuthorizationComponents(List<String> missing, String authorization) {
    var message =
        missing.stream()
            .map(name -> "Authorization header requires '" + name + "' parameter. ")
            .collect(Collectors.joining());
    return incomplete(message + "Authorization=" + authorization);
  }

  @Override
  public Failure malformedCredential(String credential, String authorization, boolean presigned) {
    var parts = credential.split("/", -1);
    var last = parts[parts.length - 1];
    if (!CredentialScope.TERMINATOR.equals(last)) {
      return incomplete(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + last
              + "'. ");
    }
    var region = parts.length > 2 ? parts[2] : "";
    return incomplete("Credential should be scoped to a valid region, not '" + region + "'. ");
  }

  @Override
  public Optional<Failure> bothAuthMechanisms(String authorization) {
    return Optional.empty();
  }

  @Override
  public Failure presignedParametersMissing(List<String> missing) {
    var names = missing.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    return incomplete(
        "AWS query-string parameters must include "
            + names
            + ". Re-examine the query-string"
            + " parameters.");
  }

  @Override
  public Failure presignedAlgorithmUnsupported(String algorithm) {
    return incomplete("X-Amz-Algorithm only supports 'AWS4-HMAC-SHA256'");
  }

  @Override
  public Failure presignedDateInvalid(String date) {
    return incomplete("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
  }

  @Override
  public Failure presignedExpiresNotANumber(String expires) {
    return incomplete("X-Amz-Expires should be a number");
  }

  @Override
  public Failure presignedExpiresNegative() {
    return incomplete("X-Amz-Expires must be non-negative");
  }

  @Override
  public Failure presignedExpiresTooLong() {
    return incomplete("X-Amz-Expires must be less than a week (in seconds) that is 604800");
  }

  @Override
  public Failure missingDate(String authorization) {
    return incomplete(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
            + " Authorization="
            + authorization);
  }

  @Override
  public Failure scopeDateMismatch(String scopeDate, String amzDate, boolean presigned) {
    return mismatch(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
            + scopeDate
            + "' != '"
            + amzDate.substring(0, 8)
            + "', from '"
            + amzDate
            + "'.");
  }

  @Override
  public Failure wrongService(String scopeService, String service, boolean presigned) {
    return mismatch("Credential should be scoped to correct service: '" + service + "'. ");
  }

  @Override
  public Failure skewed(String amzDate, Instant signedAt, Instant now) {
    var window = TimeWindow.MAX_SKEW;
    if (signedAt.isBefore(now)) {
      return mismatch(
          "Signature expired: "
              + amzDate
              + " is now earlier than "
              + AmzDate.format(now.minus(window))
              + " ("
              + AmzDate.format(now)
              + " - 15 min.)");
    }
    return mismatch(
        "Signature not yet current: "
            + amzDate
            + " is still later than "
            + AmzDate.format(now.plus(window))
            + " ("
            + AmzDate.format(now)
            + " + 15 min.)");
  }

  @Override
  public Failure presignedExpired(Instant signedAt, long expiresSeconds, Instant now) {
    return mismatch("Request has expired");
  }

  @Override
  public Failure unknownAccessKey(String accessKeyId) {
    return Failure.of(
        unknownKeyCode, 403, "The security token included in the request is invalid.");
  }

  @Override
  public Failure signatureMismatch(SignatureMismatch mismatch) {
    var message =
        "The request signature we calculated does not match the signature you provided. Check"
            + " your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.";
    if (mismatch.canonicalRequest() != null) {
      message +=
          "\n\nThe Canonical String for this request should have been\n'"
              + mismatch.canonicalRequest()
              + "'\n\nThe String-to-Sign should have been\n'"
              + mismatch.stringToSign()
              + "'\n";
    }
    return mismatch(message);
  }

  @Override
  public Failure missingContentSha256() {
    return incomplete("Missing required header for this request: x-amz-content-sha256");
  }

  @Override
  public Failure invalidContentSha256(String value) {
    return incomplete("Invalid x-amz-content-sha256: " + value);
  }

  @Override
  public Failure missingAuthentication() {
    return Failure.of(missingTokenCode, 403, missingTokenMessage);
  }

  @Override
  public Failure payloadTooLarge(long limit) {
    return Failure.of(
        "RequestEntityTooLargeException", 413, "Request must be smaller than " + limit + " bytes");
  }

  private Failure incomplete(String message) {
    return Failure.of(incompleteCode, 400, message);
  }

  private Failure mismatch(String message) {
    return Failure.of(mismatchCode, 403, message);
  }
}
