package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.util.Optional;

/**
 * CopyActivity between S3 data nodes, object to object inside the store: a file to a file (or into
 * a directory, keeping its name), or every file of a directory into a directory, keeping the keys
 * relative to it.
 */
public final class CopyWork {
  private final ObjectFiles objects;

  public CopyWork(ObjectFiles objects) {
    this.objects = objects;
  }

  public WorkOutcome run(WorkItem.Copy item) {
    if (!item.inputIsDirectory()) {
      var target =
          item.outputIsDirectory()
              ? item.output().child(RelativeKeys.name(item.input().key()))
              : item.output();
      return copy(item.input(), target).orElse(WorkOutcome.success());
    }
    if (!item.outputIsDirectory()) {
      return WorkOutcome.failure(
          "Cannot copy the directory " + item.input().uri() + " to the file " + item.output().uri(),
          null);
    }
    var directory = item.input().asDirectory();
    var files = objects.list(directory);
    if (!files.isOk()) {
      return Outcomes.failed("Could not list " + directory.uri(), files.failure());
    }
    for (ObjectFile file : files.value()) {
      var from = new S3Location(file.bucket(), file.key());
      var to = item.output().child(RelativeKeys.of(directory, file.key()));
      var stopped = Outcomes.interrupted().or(() -> copy(from, to));
      if (stopped.isPresent()) {
        return stopped.get();
      }
    }
    return WorkOutcome.success();
  }

  private Optional<WorkOutcome> copy(S3Location from, S3Location to) {
    var done = objects.copy(from, to);
    return done.isOk()
        ? Optional.empty()
        : Optional.of(
            Outcomes.failed("Could not copy " + from.uri() + " to " + to.uri(), done.failure()));
  }
}
