package dev.sluice.aws.auth.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** Reads a presigned request's {@code X-Amz-*} query parameters. */
public final class PresignedQueryParser {
  public static final String SIGNATURE = "X-Amz-Signature";
  private static final List<String> REQUIRED =
      List.of(
          "X-Amz-Algorithm",
          "X-Amz-Credential",
          SIGNATURE,
          "X-Amz-Date",
          "X-Amz-SignedHeaders",
          "X-Amz-Expires");

  private PresignedQueryParser() {}

  /** Whether the query carries a presigned SigV4 signature (complete or not). */
  public static boolean isPresigned(QueryParameters query) {
    return query.has("X-Amz-Algorithm") || query.has("X-Amz-Credential") || query.has(SIGNATURE);
  }

  /**
   * @param expiresRequired whether {@code X-Amz-Expires} must be present (S3 requires it)
   */
  public static Result<ParsedAuthorization> parse(
      QueryParameters query, AuthErrors errors, boolean expiresRequired) {
    var missing = new ArrayList<String>();
    for (var name : REQUIRED) {
      if ((expiresRequired || !name.equals("X-Amz-Expires")) && !query.has(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      return Result.err(errors.presignedParametersMissing(missing));
    }
    var algorithm = query.first("X-Amz-Algorithm");
    if (!StringToSign.ALGORITHM.equals(algorithm)) {
      return Result.err(errors.presignedAlgorithmUnsupported(algorithm));
    }
    var credentialText = query.first("X-Amz-Credential");
    var credential = SigningCredential.parse(credentialText);
    if (credential.isEmpty()) {
      return Result.err(errors.malformedCredential(credentialText, "", true));
    }
    var date = query.first("X-Amz-Date");
    if (AmzDate.parse(date).isEmpty()) {
      return Result.err(errors.presignedDateInvalid(date));
    }
    return expires(query.first("X-Amz-Expires"), errors)
        .map(
            expires ->
                new SignatureV4(
                    credential.get().accessKeyId(),
                    credential.get().scope(),
                    List.of(query.first("X-Amz-SignedHeaders").split(";")),
                    query.first(SIGNATURE),
                    date,
                    true,
                    expires,
                    ""));
  }

  private static Result<Long> expires(String text, AuthErrors errors) {
    if (text == null) {
      return Result.ok(-1L);
    }
    long seconds;
    try {
      seconds = Long.parseLong(text);
    } catch (NumberFormatException e) {
      return Result.err(errors.presignedExpiresNotANumber(text));
    }
    if (seconds < 0) {
      return Result.err(errors.presignedExpiresNegative());
    }
    if (seconds > TimeWindow.MAX_EXPIRES) {
      return Result.err(errors.presignedExpiresTooLong());
    }
    return Result.ok(seconds);
  }
}
