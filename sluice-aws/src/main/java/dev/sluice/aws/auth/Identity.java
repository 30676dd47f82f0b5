package dev.sluice.aws.auth;

/**
 * Who signed a request and for what, as read from SigV4 (header or presigned query).
 *
 * @param accessKeyId the access key, or null for an anonymous request
 * @param account the account the access key belongs to
 * @param region the credential scope's region (the default region when unsigned)
 * @param service the credential scope's service name ({@code s3}, {@code states}, ...), or null
 *     when unsigned
 * @param principalId the principal S3 events and responses name
 */
public record Identity(
    String accessKeyId, String account, String region, String service, String principalId) {}
