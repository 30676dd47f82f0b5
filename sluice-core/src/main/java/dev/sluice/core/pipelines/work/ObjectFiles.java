package dev.sluice.core.pipelines.work;

import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The object store as pipeline work sees it: S3 locations read as files and directories, as
 * Hadoop's S3 file systems read them. Failures carry S3's codes ({@code NoSuchBucket}, ...).
 */
public interface ObjectFiles {

  /**
   * The object at {@code location}, or, when there is none, every object under it taken as a
   * directory (recursively, key order), leaving out directory markers ({@code key/}, {@code
   * key_$folder$}) and names Hadoop hides (starting with {@code _} or {@code .}). Empty when
   * nothing is there.
   */
  Result<List<ObjectFile>> list(S3Location location);

  /** True when an object with exactly this key exists. */
  Result<Boolean> exists(S3Location location);

  /** True when at least one object has a key under this location taken as a directory. */
  Result<Boolean> prefixNotEmpty(S3Location location);

  /** Copies the object's bytes into {@code target} (replacing it). */
  Result<Void> download(ObjectFile file, Path target);

  /** Stores {@code file}'s bytes as the object at {@code location}. */
  default Result<Void> upload(Path file, S3Location location) {
    return upload(file, location, Map.of());
  }

  /**
   * Stores {@code file}'s bytes as the object at {@code location}, with these user metadata (S3's
   * {@code x-amz-meta-*}, names in lower case).
   */
  Result<Void> upload(Path file, S3Location location, Map<String, String> metadata);

  /**
   * Every object under {@code location} taken as a directory, hidden names and directory markers
   * included, in key order, with its user metadata.
   */
  Result<List<ObjectEntry>> everythingUnder(S3Location location);

  /** Deletes the object at {@code location}; when there is none, nothing happens. */
  Result<Void> delete(S3Location location);

  /** Copies one object. */
  Result<Void> copy(S3Location from, S3Location to);
}
