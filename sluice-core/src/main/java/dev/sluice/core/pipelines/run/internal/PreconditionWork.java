package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.run.RunLanguage;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * The work that checks one precondition: S3KeyExists ({@code s3Key}), S3PrefixNotEmpty ({@code
 * s3Prefix}), ShellCommandPrecondition ({@code command} or {@code scriptUri} with {@code
 * scriptArgument}s). Its fields are evaluated in its own scope with the object it guards as {@code
 * node} ({@code #{node.directoryPath}}). Other types cannot be checked ({@code
 * InvalidRequestException}).
 */
public final class PreconditionWork {
  private PreconditionWork() {}

  public static Result<WorkItem> of(ResolvedObject precondition, RunLanguage.Scope scope) {
    return switch (precondition.type() == null ? "" : precondition.type()) {
      case "S3KeyExists" -> location(scope, "s3Key").map(l -> (WorkItem) new WorkItem.KeyExists(l));
      case "S3PrefixNotEmpty" ->
          location(scope, "s3Prefix").map(l -> (WorkItem) new WorkItem.PrefixNotEmpty(l));
      case "ShellCommandPrecondition" -> shell(scope);
      default ->
          RunFailures.invalidRequest(
              "Precondition type " + precondition.type() + " is not supported by Sluice");
    };
  }

  private static Result<S3Location> location(RunLanguage.Scope scope, String key) {
    var value = scope.rendered(key);
    if (!value.isOk()) {
      return Result.err(value.failure());
    }
    if (value.value().isEmpty()) {
      return RunFailures.invalidRequest(scope.objectId() + " has no " + key);
    }
    return S3Location.parse(value.value().get());
  }

  private static Result<WorkItem> shell(RunLanguage.Scope scope) {
    var command = scope.rendered("command");
    var script = scope.rendered("scriptUri");
    var arguments = scope.renderedAll("scriptArgument");
    var stdout = scope.rendered("stdout");
    var stderr = scope.rendered("stderr");
    for (var part : List.of(command, script, arguments, stdout, stderr)) {
      if (!part.isOk()) {
        return Result.err(part.failure());
      }
    }
    return Result.ok(
        new WorkItem.Shell(
            command.value().orElse(null),
            script.value().orElse(null),
            arguments.value(),
            false,
            List.of(),
            List.of(),
            stdout.value().orElse(null),
            stderr.value().orElse(null)));
  }
}
