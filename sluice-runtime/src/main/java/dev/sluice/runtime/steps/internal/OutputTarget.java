package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A streaming step's {@code -output}: an S3 location the job's files are uploaded to, or a local
 * directory the job writes itself. Like Hadoop, a step refuses an output that already exists.
 */
public sealed interface OutputTarget {

  record S3(String uri, S3Location location) implements OutputTarget {}

  record Local(Path directory) implements OutputTarget {}

  static Result<OutputTarget> check(String output, Path base, ObjectFiles objects) {
    return Place.of(output, base)
        .flatMap(
            place ->
                switch (place) {
                  case Place.S3 s3 -> s3(output, s3.location(), objects);
                  case Place.Local local -> local(output, local.path());
                });
  }

  private static Result<OutputTarget> s3(String output, S3Location location, ObjectFiles objects) {
    var exists = objects.exists(location);
    var filled = exists.isOk() && !exists.value() ? objects.prefixNotEmpty(location) : exists;
    if (!filled.isOk()) {
      var failure = filled.failure();
      return StepFailure.err(
          "Cannot use output " + output + ": " + failure.code() + ": " + failure.message());
    }
    return filled.value()
        ? alreadyExists(output)
        : Result.ok(new S3(output, location.asDirectory()));
  }

  private static Result<OutputTarget> local(String output, Path path) {
    return Files.exists(path) ? alreadyExists(output) : Result.ok(new Local(path));
  }

  private static Result<OutputTarget> alreadyExists(String output) {
    var shown = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    return StepFailure.err("Output directory " + shown + " already exists");
  }
}
