package dev.sluice.core.objects;

import java.time.Instant;

/** An in-progress multipart upload. */
public record MultipartUpload(
    String uploadId,
    String bucket,
    String key,
    Instant initiated,
    ObjectAttributes attributes,
    ChecksumAlgorithm algorithm,
    String owner) {}
