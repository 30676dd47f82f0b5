package dev.sluice.core.pipelines.work;

import java.nio.file.Path;

/**
 * One stored object as work reads it.
 *
 * @param localPath the file holding exactly the object's bytes, readable in place (the embedded
 *     blob store), or null when it must be downloaded
 */
public record ObjectFile(String bucket, String key, long size, Path localPath) {}
