package dev.sluice.core.objects;

/** An UploadPartCopy: a part taken from (a range of) an existing object. */
public record UploadPartCopyInput(
    String bucket,
    String key,
    String uploadId,
    int partNumber,
    String sourceBucket,
    String sourceKey,
    ByteRange sourceRange,
    Preconditions sourceConditions) {}
