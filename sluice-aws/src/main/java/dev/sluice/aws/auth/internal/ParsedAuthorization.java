package dev.sluice.aws.auth.internal;

/** What a request says about its signer, before anything is verified. */
public sealed interface ParsedAuthorization
    permits ParsedAuthorization.Unsigned, ParsedAuthorization.SignatureV2, SignatureV4 {

  /** No signature at all: an anonymous request. */
  record Unsigned() implements ParsedAuthorization {}

  /** A legacy SigV2 signature ({@code AWS AKID:signature}, or its presigned form): read only. */
  record SignatureV2(String accessKeyId) implements ParsedAuthorization {}
}
