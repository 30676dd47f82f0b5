package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.run.RunLanguage;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The work that checks one precondition of an object: S3KeyExists ({@code s3Key}), S3PrefixNotEmpty
 * ({@code s3Prefix}), ShellCommandPrecondition ({@code command} or {@code scriptUri} with {@code
 * scriptArgument}s). Its fields are evaluated in the scope of the object it guards, so {@code
 * #{node.directoryPath}} and {@code #{@scheduledStartTime}} are that object's. Other types cannot
 * be checked ({@code InvalidRequestException}).
 */
public final class PreconditionWork {
  private PreconditionWork() {}

  public static Result<WorkItem> of(ResolvedObject precondition, RunLanguage.Scope guarded) {
    return switch (precondition.type() == null ? "" : precondition.type()) {
      case "S3KeyExists" ->
          location(precondition, "s3Key", guarded).map(l -> (WorkItem) new WorkItem.KeyExists(l));
      case "S3PrefixNotEmpty" ->
          location(precondition, "s3Prefix", guarded)
              .map(l -> (WorkItem) new WorkItem.PrefixNotEmpty(l));
      case "ShellCommandPrecondition" -> shell(precondition, guarded);
      default ->
          RunFailures.invalidRequest(
              "Precondition type " + precondition.type() + " is not supported by Sluice");
    };
  }

  private static Result<S3Location> location(
      ResolvedObject precondition, String key, RunLanguage.Scope guarded) {
    var raw = precondition.text(key);
    if (raw.isEmpty()) {
      return RunFailures.invalidRequest(precondition.id() + " has no " + key);
    }
    return guarded.render(raw.get()).flatMap(S3Location::parse);
  }

  private static Result<WorkItem> shell(ResolvedObject precondition, RunLanguage.Scope guarded) {
    var command = render(precondition.text("command"), guarded);
    var script = render(precondition.text("scriptUri"), guarded);
    var stdout = render(precondition.text("stdout"), guarded);
    var stderr = render(precondition.text("stderr"), guarded);
    var arguments = new ArrayList<String>();
    for (var raw : precondition.texts("scriptArgument")) {
      var argument = guarded.render(raw);
      if (!argument.isOk()) {
        return Result.err(argument.failure());
      }
      arguments.add(argument.value());
    }
    for (var part : List.of(command, script, stdout, stderr)) {
      if (!part.isOk()) {
        return Result.err(part.failure());
      }
    }
    return Result.ok(
        new WorkItem.Shell(
            command.value().orElse(null),
            script.value().orElse(null),
            arguments,
            false,
            List.of(),
            List.of(),
            stdout.value().orElse(null),
            stderr.value().orElse(null)));
  }

  private static Result<Optional<String>> render(Optional<String> raw, RunLanguage.Scope scope) {
    return raw.isEmpty() ? Result.ok(Optional.empty()) : scope.render(raw.get()).map(Optional::of);
  }
}
