package dev.sluice.core.objects;

/**
 * A CopyObject.
 *
 * @param replacement the attributes to use when the directive is REPLACE
 * @param sourceConditions the {@code x-amz-copy-source-if-*} headers
 * @param algorithm a checksum algorithm to compute for the copy, or null
 */
public record CopyObjectInput(
    String sourceBucket,
    String sourceKey,
    String bucket,
    String key,
    MetadataDirective directive,
    ObjectAttributes replacement,
    Preconditions sourceConditions,
    ChecksumAlgorithm algorithm,
    RequestContext context) {}
