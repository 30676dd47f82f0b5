package dev.sluice.core.objects;

/**
 * A GetObject or HeadObject.
 *
 * @param range the requested range, or null for the whole object
 * @param partNumber the part to read of a multipart object, or null
 */
public record GetObjectInput(
    String bucket, String key, ByteRange range, Preconditions conditions, Integer partNumber) {}
