package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A streaming step's {@code -output}: an S3 location the job's files are uploaded to, or a local
 * directory the job writes itself. Like Hadoop, a step refuses an output that already exists,
 * except an S3 output holding only what this same attempt wrote before Sluice stopped ({@link
 * OutputWriter}): that partial output is deleted ({@code removed} counts it) and written again.
 */
public sealed interface OutputTarget {

  record S3(String uri, S3Location location, int removed) implements OutputTarget {}

  record Local(Path directory) implements OutputTarget {}

  static Result<OutputTarget> check(
      String output, Path base, ObjectFiles objects, OutputWriter writer) {
    return Place.of(output, base)
        .flatMap(
            place ->
                switch (place) {
                  case Place.S3 s3 -> s3(output, s3.location(), objects, writer);
                  case Place.Local local -> local(output, local.path());
                });
  }

  private static Result<OutputTarget> s3(
      String output, S3Location location, ObjectFiles objects, OutputWriter writer) {
    var exists = objects.exists(location);
    if (exists.isOk() && exists.value()) {
      return alreadyExists(output);
    }
    var filled = exists.isOk() ? objects.prefixNotEmpty(location) : exists;
    if (!filled.isOk()) {
      return cannotUse(output, filled.failure());
    }
    if (!filled.value()) {
      return Result.ok(new S3(output, location.asDirectory(), 0));
    }
    var entries = objects.everythingUnder(location);
    if (!entries.isOk()) {
      return cannotUse(output, entries.failure());
    }
    if (!entries.value().stream().allMatch(writer::wrote)) {
      return alreadyExists(output);
    }
    for (var entry : entries.value()) {
      var deleted = objects.delete(entry.location());
      if (!deleted.isOk()) {
        return cannotUse(output, deleted.failure());
      }
    }
    return Result.ok(new S3(output, location.asDirectory(), entries.value().size()));
  }

  private static Result<OutputTarget> cannotUse(String output, Failure failure) {
    return StepFailure.err(
        "Cannot use output " + output + ": " + failure.code() + ": " + failure.message());
  }

  private static Result<OutputTarget> local(String output, Path path) {
    return Files.exists(path) ? alreadyExists(output) : Result.ok(new Local(path));
  }

  private static Result<OutputTarget> alreadyExists(String output) {
    var shown = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    return StepFailure.err("Output directory " + shown + " already exists");
  }
}
