package dev.sluice.core.functions;

import java.util.List;
import java.util.Map;

/**
 * The configuration of one function version ({@code $LATEST} or a published, immutable snapshot) as
 * Lambda reports it.
 *
 * @param version {@code $LATEST} or {@code 1}, {@code 2}, ...
 * @param codeSha256 the package's SHA-256, lower-case hex (Lambda reports it in base64)
 * @param codeBlobId the blob holding the package
 * @param lastModified in Lambda's format, e.g. {@code 2026-11-21T10:15:30.123+0000}
 * @param deadLetterTargetArn the DeadLetterConfig's target, or null
 */
public record FunctionConfig(
    String name,
    String version,
    String runtime,
    String handler,
    String role,
    String description,
    int timeout,
    int memorySize,
    Map<String, String> environment,
    List<String> layers,
    String deadLetterTargetArn,
    String packageType,
    String codeSha256,
    long codeSize,
    String codeBlobId,
    String lastModified,
    String revisionId) {

  public FunctionConfig {
    environment = Map.copyOf(environment);
    layers = List.copyOf(layers);
    description = description == null ? "" : description;
  }

  /** Lambda's CodeSha256: the package's SHA-256 in base64. */
  public String codeSha256Base64() {
    return java.util.Base64.getEncoder()
        .encodeToString(java.util.HexFormat.of().parseHex(codeSha256));
  }

  /** This configuration as another version, with a new revision. */
  public FunctionConfig asVersion(String newVersion, String newRevisionId) {
    return new FunctionConfig(
        name,
        newVersion,
        runtime,
        handler,
        role,
        description,
        timeout,
        memorySize,
        environment,
        layers,
        deadLetterTargetArn,
        packageType,
        codeSha256,
        codeSize,
        codeBlobId,
        lastModified,
        newRevisionId);
  }
}
