package dev.sluice.aws.auth.internal;

import dev.sluice.core.result.Failure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The authentication failures as one kind of service words them: S3 has its own codes and extra
 * fields; the JSON services and the query services share messages but not codes.
 */
public sealed interface AuthErrors permits S3AuthErrors, ServiceAuthErrors {

  /** Signing names of the services that speak the query protocol. */
  Set<String> QUERY_SERVICES =
      Set.of(
          "sns",
          "sts",
          "iam",
          "ses",
          "email",
          "cloudformation",
          "autoscaling",
          "elasticloadbalancing",
          "rds",
          "redshift",
          "elasticache",
          "monitoring",
          "ec2",
          "sdb");

  static AuthErrors forService(String service) {
    if ("s3".equals(service)) {
      return new S3AuthErrors();
    }
    return QUERY_SERVICES.contains(service) ? ServiceAuthErrors.QUERY : ServiceAuthErrors.JSON;
  }

  /** An Authorization header of a scheme other than SigV4 or SigV2. */
  Failure unsupportedAuthorization(String authorization);

  /** A SigV2 signature where signatures are verified. */
  Failure sigV2Unsupported(String authorization);

  Failure missingAuthorizationComponents(List<String> missing, String authorization);

  Failure malformedCredential(String credential, String authorization, boolean presigned);

  /**
   * The failure for a request signed both in the Authorization header and in the query, or empty
   * when the header simply wins.
   */
  Optional<Failure> bothAuthMechanisms(String authorization);

  Failure presignedParametersMissing(List<String> missing);

  Failure presignedAlgorithmUnsupported(String algorithm);

  Failure presignedDateInvalid(String date);

  Failure presignedExpiresNotANumber(String expires);

  Failure presignedExpiresNegative();

  Failure presignedExpiresTooLong();

  Failure missingDate(String authorization);

  Failure scopeDateMismatch(String scopeDate, String amzDate, boolean presigned);

  Failure wrongService(String scopeService, String service, boolean presigned);

  Failure skewed(String amzDate, Instant signedAt, Instant now);

  Failure presignedExpired(Instant signedAt, long expiresSeconds, Instant now);

  Failure unknownAccessKey(String accessKeyId);

  Failure signatureMismatch(SignatureMismatch mismatch);

  Failure missingContentSha256();

  Failure invalidContentSha256(String value);

  /** An unsigned request to a service that requires a signature. */
  Failure missingAuthentication();

  Failure payloadTooLarge(long limit);
}
