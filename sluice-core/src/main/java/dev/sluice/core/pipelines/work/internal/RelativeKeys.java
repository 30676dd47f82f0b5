package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.pipelines.work.S3Location;
import java.nio.file.Path;

/** Keys relative to a location: what is kept when objects move between places. */
final class RelativeKeys {
  private RelativeKeys() {}

  /**
   * {@code key} relative to {@code location}: its name when the location is the object itself, else
   * its path under the location taken as a directory.
   */
  static String of(S3Location location, String key) {
    if (key.equals(location.key())) {
      return name(key);
    }
    return key.substring(location.asDirectory().key().length());
  }

  /** The last segment of a key. */
  static String name(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  /** A relative local path as a key suffix, segments joined by {@code /}. */
  static String of(Path relative) {
    var key = new StringBuilder();
    for (Path segment : relative) {
      if (!key.isEmpty()) {
        key.append('/');
      }
      key.append(segment);
    }
    return key.toString();
  }
}
