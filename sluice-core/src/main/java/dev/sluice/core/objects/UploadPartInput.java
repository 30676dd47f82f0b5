package dev.sluice.core.objects;

import java.io.InputStream;

/** An UploadPart: the decoded payload of one part. */
public record UploadPartInput(
    String bucket,
    String key,
    String uploadId,
    int partNumber,
    InputStream body,
    long contentLength,
    ExpectedDigests digests) {}
