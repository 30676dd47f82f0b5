package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Uploads a finished job's local output directory to its S3 output: every file but hidden ones
 * (checksum files start with a dot), in name order, {@code _SUCCESS} last so a reader that waits
 * for it finds the parts already there; each object names its {@link OutputWriter}.
 */
final class OutputUpload {

  static final String SUCCESS = "_SUCCESS";

  private OutputUpload() {}

  /** The number of objects written. */
  static Result<Integer> upload(
      Path directory, S3Location target, ObjectFiles objects, OutputWriter writer) {
    List<Path> files;
    try {
      files = files(directory);
    } catch (IOException e) {
      return StepFailure.err("Cannot read the job's output " + directory + ": " + e.getMessage());
    }
    for (var file : files) {
      var relative = directory.relativize(file).toString().replace('\\', '/');
      var location = target.child(relative);
      var done = objects.upload(file, location, writer.metadata());
      if (!done.isOk()) {
        return StepFailure.err(
            "Cannot write "
                + location.uri()
                + ": "
                + done.failure().code()
                + ": "
                + done.failure().message());
      }
    }
    return Result.ok(files.size());
  }

  private static List<Path> files(Path directory) throws IOException {
    var files = new ArrayList<Path>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .sorted(
              Comparator.comparing((Path file) -> file.getFileName().toString().equals(SUCCESS))
                  .thenComparing(Path::toString))
          .forEach(files::add);
    }
    return files;
  }
}
