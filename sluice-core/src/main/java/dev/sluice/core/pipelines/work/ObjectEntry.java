package dev.sluice.core.pipelines.work;

import java.util.Map;

/** One stored object as a listing names it: its key and user metadata (lower-case names). */
public record ObjectEntry(String bucket, String key, Map<String, String> metadata) {
  public ObjectEntry {
    metadata = Map.copyOf(metadata);
  }

  public S3Location location() {
    return new S3Location(bucket, key);
  }
}
