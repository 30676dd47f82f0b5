package dev.sluice.asl;

import java.time.Instant;

/** One object of a listObjectsV2 listing, as an ItemReader sees it. */
public record ListedObject(
    String key, String etag, Instant lastModified, long size, String storageClass) {}
