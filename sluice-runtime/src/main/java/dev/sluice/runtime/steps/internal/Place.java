package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a step argument points: an S3 location ({@code s3://}, {@code s3n://}, {@code s3a://}) or a
 * local path ({@code file:} URI, absolute path, or relative to the work's directory).
 */
sealed interface Place {

  record S3(S3Location location) implements Place {}

  record Local(Path path) implements Place {}

  Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*");

  static boolean isS3(String text) {
    return text.startsWith("s3://") || text.startsWith("s3n://") || text.startsWith("s3a://");
  }

  static Result<Place> of(String text, Path base) {
    if (isS3(text)) {
      return S3Location.parse(text).map(S3::new);
    }
    if (text.startsWith("file:")) {
      try {
        return Result.ok(new Local(Path.of(URI.create(text))));
      } catch (IllegalArgumentException e) {
        return StepFailure.err("Not a file location: " + text);
      }
    }
    if (SCHEME.matcher(text).matches()) {
      return StepFailure.err(
          "Sluice reads s3://, s3n://, s3a:// and local paths, not "
              + text
              + " (there is no HDFS)");
    }
    return Result.ok(new Local(base.resolve(text).toAbsolutePath().normalize()));
  }

  /** The last path segment (what a shipped file is called in the commands' directory). */
  static String name(String text) {
    var trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
