package dev.sluice.aws.auth.internal;

/**
 * What the server computed when a signature did not match, for the error body.
 *
 * @param canonicalRequest the canonical request, or null for a chunk or trailer signature
 * @param providedSignature the signature the client sent, or null when it sent none
 */
public record SignatureMismatch(
    String accessKeyId, String canonicalRequest, String stringToSign, String providedSignature) {}
