package dev.sluice.core.objects;

/** A ListMultipartUploads of one bucket. */
public record ListUploadsInput(
    String bucket,
    String prefix,
    String delimiter,
    String keyMarker,
    String uploadIdMarker,
    int maxUploads) {}
