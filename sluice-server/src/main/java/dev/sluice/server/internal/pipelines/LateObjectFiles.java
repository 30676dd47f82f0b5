package dev.sluice.server.internal.pipelines;

import dev.sluice.core.pipelines.work.ObjectEntry;
import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The object files of an object service made after the pipelines are wired (the object service
 * needs the event dispatcher, which needs the pipelines' consumer): made on first use.
 */
final class LateObjectFiles implements ObjectFiles {
  private final Supplier<ObjectFiles> make;
  private volatile ObjectFiles files;

  LateObjectFiles(Supplier<ObjectFiles> make) {
    this.make = make;
  }

  @Override
  public Result<List<ObjectFile>> list(S3Location location) {
    return files().list(location);
  }

  @Override
  public Result<Boolean> exists(S3Location location) {
    return files().exists(location);
  }

  @Override
  public Result<Boolean> prefixNotEmpty(S3Location location) {
    return files().prefixNotEmpty(location);
  }

  @Override
  public Result<Void> download(ObjectFile file, Path target) {
    return files().download(file, target);
  }

  @Override
  public Result<Void> upload(Path file, S3Location location, Map<String, String> metadata) {
    return files().upload(file, location, metadata);
  }

  @Override
  public Result<List<ObjectEntry>> everythingUnder(S3Location location) {
    return files().everythingUnder(location);
  }

  @Override
  public Result<Void> delete(S3Location location) {
    return files().delete(location);
  }

  @Override
  public Result<Void> copy(S3Location from, S3Location to) {
    return files().copy(from, to);
  }

  private ObjectFiles files() {
    var made = files;
    if (made == null) {
      synchronized (this) {
        if (files == null) {
          files = make.get();
        }
        made = files;
      }
    }
    return made;
  }
}
