package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves files between S3 locations and local directories: a location's objects (one file, or a
 * directory's files with their relative paths) into a directory, and a directory's files back to a
 * location taken as a directory. Answers the failure, or empty when everything moved.
 */
final class Staging {
  private final ObjectFiles objects;

  Staging(ObjectFiles objects) {
    this.objects = objects;
  }

  Optional<WorkOutcome> download(S3Location from, Path directory) {
    var files = objects.list(from);
    if (!files.isOk()) {
      return Optional.of(Outcomes.failed("Could not list " + from.uri(), files.failure()));
    }
    for (ObjectFile file : files.value()) {
      var stopped = Outcomes.interrupted().or(() -> fetch(file, local(directory, from, file)));
      if (stopped.isPresent()) {
        return Outcomes.interrupted().or(() -> stopped);
      }
    }
    return Optional.empty();
  }

  /** Downloads one object to {@code target}, creating its directory. */
  private Optional<WorkOutcome> fetch(ObjectFile file, Path target) {
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      return Optional.of(WorkOutcome.failure("Could not create " + target.getParent(), null));
    }
    var done = objects.download(file, target);
    return done.isOk()
        ? Optional.empty()
        : Optional.of(
            Outcomes.failed(
                "Could not download s3://" + file.bucket() + "/" + file.key(), done.failure()));
  }

  Optional<WorkOutcome> upload(Path directory, S3Location to) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      return Optional.of(WorkOutcome.failure("Could not read " + directory, e.getMessage()));
    }
    for (Path file : files) {
      var target = to.child(RelativeKeys.of(directory.relativize(file)));
      var stopped = Outcomes.interrupted();
      if (stopped.isPresent()) {
        return stopped;
      }
      var done = objects.upload(file, target);
      if (!done.isOk()) {
        return Optional.of(Outcomes.failed("Could not upload to " + target.uri(), done.failure()));
      }
    }
    return Optional.empty();
  }

  /**
   * Where an object of {@code from} goes under {@code directory}; empty, {@code .} and {@code ..}
   * segments of its key are left out, so nothing lands outside the directory.
   */
  private static Path local(Path directory, S3Location from, ObjectFile file) {
    Path target = directory;
    for (String segment : RelativeKeys.of(from, file.key()).split("/")) {
      if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
        target = target.resolve(segment);
      }
    }
    return target;
  }
}
