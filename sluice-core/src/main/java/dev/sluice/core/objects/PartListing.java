package dev.sluice.core.objects;

import java.util.List;

/** A page of ListParts; {@code nextPartNumberMarker} is the last part number returned. */
public record PartListing(
    MultipartUpload upload, List<Part> parts, boolean truncated, int nextPartNumberMarker) {}
