package dev.sluice.core.objects;

import java.util.List;

/** A page of ListMultipartUploads. */
public record UploadListing(
    List<MultipartUpload> uploads,
    List<String> commonPrefixes,
    boolean truncated,
    String nextKeyMarker,
    String nextUploadIdMarker) {}
