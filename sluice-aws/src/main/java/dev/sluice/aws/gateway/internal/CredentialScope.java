package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.http.HttpRequest;
import java.util.Map;
import java.util.Optional;

/**
 * The service named in a request's SigV4 credential scope ({@code AKID/date/region/service/
 * aws4_request}), read from the Authorization header or a presigned URL's {@code X-Amz-Credential},
 * without verifying anything.
 */
public final class CredentialScope {
  private static final String CREDENTIAL = "Credential=";

  private CredentialScope() {}

  public static Optional<String> service(HttpRequest request, Map<String, String> query) {
    var authorization = request.headers().first("Authorization");
    if (authorization != null && authorization.startsWith("AWS4-")) {
      return serviceOf(credentialOf(authorization));
    }
    return serviceOf(query.get("X-Amz-Credential"));
  }

  private static String credentialOf(String authorization) {
    int start = authorization.indexOf(CREDENTIAL);
    if (start < 0) {
      return null;
    }
    start += CREDENTIAL.length();
    int end = start;
    while (end < authorization.length() && ",  ".indexOf(authorization.charAt(end)) < 0) {
      end++;
    }
    return authorization.substring(start, end);
  }

  /** SigV4 scopes have five parts, SigV4a scopes four (no region): the service is next to last. */
  private static Optional<String> serviceOf(String credential) {
    if (credential == null) {
      return Optional.empty();
    }
    var parts = credential.split("/");
    if (parts.length < 4 || !parts[parts.length - 1].equals("aws4_request")) {
      return Optional.empty();
    }
    var service = parts[parts.length - 2];
    return service.isEmpty() ? Optional.empty() : Optional.of(service);
  }
}
