package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files shipped to the streaming commands ({@code -file}, {@code -files}, {@code -cacheFile}, and
 * commands given as S3 URIs): S3 objects are copied into the step's directory (executable, as
 * Hadoop's distributed cache makes them), local files are used where they are.
 */
public final class ShippedFiles {

  private final ObjectFiles objects;
  private final LocalCopies copies;
  private final Path base;

  public ShippedFiles(ObjectFiles objects, LocalCopies copies, Path base) {
    this.objects = objects;
    this.copies = copies;
    this.base = base;
  }

  /** The file {@code uri} names (S3 or local) as a local file, or why it cannot be had. */
  public Result<Path> fetch(String uri) {
    return Place.of(uri, base)
        .flatMap(
            place ->
                switch (place) {
                  case Place.S3 s3 -> object(uri, s3.location());
                  case Place.Local local -> local(local.path());
                });
  }

  private Result<Path> object(String uri, S3Location location) {
    var listed = objects.list(location);
    if (!listed.isOk()) {
      return StepFailure.err("File does not exist: " + uri);
    }
    var exact =
        listed.value().stream().filter(file -> file.key().equals(location.key())).findFirst();
    if (exact.isEmpty()) {
      return StepFailure.err("File does not exist: " + uri);
    }
    return copies.copy(exact.get(), true);
  }

  private static Result<Path> local(Path path) {
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      return StepFailure.err("File: " + path + " does not exist, or is not readable.");
    }
    return Result.ok(path);
  }
}
