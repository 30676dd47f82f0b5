package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.run.RunLanguage;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.result.Result;

/**
 * Where an S3DataNode is: its {@code directoryPath} (a directory) or {@code filePath}, rendered.
 */
public final class DataNodeLocations {
  private DataNodeLocations() {}

  /** The node's place, and whether it is a directory. */
  public record NodeLocation(S3Location location, boolean directory) {}

  public static Result<NodeLocation> of(RunLanguage.Scope node) {
    var directory = node.rendered("directoryPath");
    if (!directory.isOk()) {
      return Result.err(directory.failure());
    }
    if (directory.value().isPresent()) {
      return S3Location.parse(directory.value().get()).map(l -> new NodeLocation(l, true));
    }
    var file = node.rendered("filePath");
    if (!file.isOk()) {
      return Result.err(file.failure());
    }
    if (file.value().isEmpty()) {
      return RunFailures.invalidRequest(
          "Data node " + node.objectId() + " has neither directoryPath nor filePath");
    }
    return S3Location.parse(file.value().get()).map(l -> new NodeLocation(l, false));
  }
}
