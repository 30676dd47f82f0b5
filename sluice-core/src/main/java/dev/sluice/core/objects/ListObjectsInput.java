package dev.sluice.core.objects;

/**
 * A listing of one bucket: keys after {@code startAfter} (exclusive; null for the beginning) in
 * UTF-8 byte order, grouped by {@code delimiter} into common prefixes when one is given.
 */
public record ListObjectsInput(
    String bucket, String prefix, String delimiter, String startAfter, int maxKeys) {}
