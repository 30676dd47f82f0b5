package dev.sluice.aws.auth;

/** How much of a SigV4 signature Sluice checks. */
public enum AuthMode {
  /** Read every signature for the access key, region and service; verify none. The default. */
  ACCEPT_ANY,
  /** Verify signatures, payload hashes, chunk signatures and time against known credentials. */
  STRICT
}
