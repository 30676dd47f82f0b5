package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Objects made local inside a step's directory: each in a numbered directory of its own under
 * {@code root}, so equal names never collide.
 */
public final class LocalCopies {

  private final ObjectFiles objects;
  private final Path root;
  private int count;

  public LocalCopies(ObjectFiles objects, Path root) {
    this.objects = objects;
    this.root = root;
  }

  /** The object's bytes as a readable file: its blob in place when it has one, else a download. */
  Result<Path> readable(ObjectFile file) {
    return file.localPath() != null ? Result.ok(file.localPath()) : copy(file, false);
  }

  /** A copy of the object named as its key's last segment, executable when asked. */
  Result<Path> copy(ObjectFile file, boolean executable) {
    Path target;
    try {
      var dir = Files.createDirectories(root.resolve(String.format("%05d", ++count)));
      target = dir.resolve(safeName(Place.name(file.key())));
    } catch (IOException e) {
      return StepFailure.err("Cannot create a directory under " + root + ": " + e.getMessage());
    }
    var copied =
        file.localPath() != null ? copyLocal(file.localPath(), target) : download(file, target);
    return copied.flatMap(ok -> executable ? makeExecutable(target) : Result.ok(target));
  }

  private Result<Void> download(ObjectFile file, Path target) {
    var done = objects.download(file, target);
    if (!done.isOk()) {
      var failure = done.failure();
      return StepFailure.err(
          "Cannot read s3://" + file.bucket() + "/" + file.key() + ": " + failure.message());
    }
    return done;
  }

  private static Result<Void> copyLocal(Path source, Path target) {
    try {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      return Result.ok(null);
    } catch (IOException e) {
      return StepFailure.err("Cannot copy " + source + ": " + e.getMessage());
    }
  }

  private static Result<Path> makeExecutable(Path target) {
    try {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      return Result.ok(target);
    } catch (IOException | UnsupportedOperationException e) {
      return StepFailure.err("Cannot make " + target + " executable: " + e.getMessage());
    }
  }

  private static String safeName(String name) {
    var safe = name.replaceAll("[^A-Za-z0-9._+=@-]", "_");
    return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "file" : safe;
  }
}
