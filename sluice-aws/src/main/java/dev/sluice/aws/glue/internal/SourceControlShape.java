package dev.sluice.aws.glue.internal;

import java.util.List;

/** The wire's {@code SourceControlDetails}: where a job's script is versioned. */
public record SourceControlShape(
    String provider,
    String repository,
    String owner,
    String branch,
    String folder,
    String lastCommitId,
    String authStrategy,
    String authToken) {
  static final List<String> PROVIDERS = List.of("GITHUB", "GITLAB", "BITBUCKET", "AWS_CODE_COMMIT");
  static final List<String> AUTH_STRATEGIES =
      List.of("PERSONAL_ACCESS_TOKEN", "AWS_SECRETS_MANAGER");

  /** Checks source control details named {@code member}: enums and 1–512 character strings. */
  public static Constraints check(
      Constraints constraints, SourceControlShape details, String member) {
    if (details == null) {
      return constraints;
    }
    return constraints
        .oneOf(details.provider(), member + ".provider", PROVIDERS)
        .length(details.repository(), member + ".repository", 1, 512)
        .length(details.owner(), member + ".owner", 1, 512)
        .length(details.branch(), member + ".branch", 1, 512)
        .length(details.folder(), member + ".folder", 1, 512)
        .length(details.lastCommitId(), member + ".lastCommitId", 1, 512)
        .oneOf(details.authStrategy(), member + ".authStrategy", AUTH_STRATEGIES)
        .length(details.authToken(), member + ".authToken", 1, 512);
  }
}
