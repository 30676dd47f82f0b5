package dev.sluice.core.objects;

/**
 * Who asked, from where: what S3 puts into notification events ({@code userIdentity}, {@code
 * requestParameters}, {@code responseElements}).
 *
 * @param account the caller's account id (from the access key)
 * @param principalId the caller's principal id
 * @param sourceIp the client's IP address
 * @param requestId the {@code x-amz-request-id} of the request
 * @param hostId the {@code x-amz-id-2} of the request
 * @param region the region the request was signed for
 */
public record RequestContext(
    String account,
    String principalId,
    String sourceIp,
    String requestId,
    String hostId,
    String region) {}
