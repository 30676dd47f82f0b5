package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.internal.JobSpec.Input;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code -input} paths into local files, as Hadoop's file input format finds them: a file, a
 * directory's files (hidden names left out), or a pattern with {@code *} and {@code ?} in the last
 * segment. S3 objects are read in place when the blob store has them as files.
 */
final class InputResolver {

  private final ObjectFiles objects;
  private final LocalCopies copies;
  private final Path base;

  InputResolver(ObjectFiles objects, LocalCopies copies, Path base) {
    this.objects = objects;
    this.copies = copies;
    this.base = base;
  }

  Result<List<Input>> resolve(List<String> inputs) {
    var resolved = new ArrayList<Input>();
    for (var input : inputs) {
      var files = Place.of(input, base).flatMap(place -> files(input, place));
      if (!files.isOk()) {
        return Result.err(files.failure());
      }
      resolved.addAll(files.value());
    }
    return Result.ok(List.copyOf(resolved));
  }

  private Result<List<Input>> files(String input, Place place) {
    return switch (place) {
      case Place.Local local -> LocalInputs.find(input, local.path());
      case Place.S3 s3 -> objects(input, s3.location()).flatMap(this::local);
    };
  }

  private Result<List<ObjectFile>> objects(String input, S3Location location) {
    var key = location.key();
    var lastSlash = key.lastIndexOf('/');
    if (Glob.has(key.substring(0, lastSlash + 1))) {
      return StepFailure.err(
          "Sluice expands wildcards only in the last segment of an input path: " + input);
    }
    if (Glob.has(key.substring(lastSlash + 1))) {
      return matching(input, location, lastSlash);
    }
    return listed(input, location)
        .flatMap(
            found ->
                found.isEmpty()
                    ? StepFailure.err("Input path does not exist: " + input)
                    : Result.ok(found));
  }

  private Result<List<ObjectFile>> matching(String input, S3Location location, int lastSlash) {
    var parentKey = location.key().substring(0, lastSlash + 1);
    var glob = Glob.of(location.key().substring(lastSlash + 1));
    var parent = new S3Location(location.bucket(), parentKey);
    return listed(input, parent)
        .map(
            found ->
                found.stream()
                    .filter(
                        file ->
                            glob.matches(firstSegment(file.key().substring(parentKey.length()))))
                    .toList())
        .flatMap(
            found ->
                found.isEmpty()
                    ? StepFailure.err("Input Pattern " + input + " matches 0 files")
                    : Result.ok(found));
  }

  private Result<List<ObjectFile>> listed(String input, S3Location location) {
    var listed = objects.list(location);
    if (listed.isOk()) {
      return listed;
    }
    var failure = listed.failure();
    if (failure.code().equals("NoSuchBucket")) {
      return StepFailure.err("Input path does not exist: " + input);
    }
    return StepFailure.err(
        "Cannot list " + input + ": " + failure.code() + ": " + failure.message());
  }

  private Result<List<Input>> local(List<ObjectFile> found) {
    var inputs = new ArrayList<Input>();
    for (var file : found) {
      var path = copies.readable(file);
      if (!path.isOk()) {
        return Result.err(path.failure());
      }
      inputs.add(new Input(path.value().toString(), file.size()));
    }
    return Result.ok(inputs);
  }

  private static String firstSegment(String relative) {
    var slash = relative.indexOf('/');
    return slash < 0 ? relative : relative.substring(0, slash);
  }
}
