package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.run.RunLanguage;
import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The work of an activity's attempt, every expression evaluated in its scope: EmrActivity's {@code
 * step}s (with {@code preStepCommand}/{@code postStepCommand} and its EmrCluster's fields);
 * HadoopActivity's {@code jarUri}, {@code mainClass} and {@code argument}s as one step (the main
 * class first, as {@code hadoop jar} takes it); ShellCommandActivity's {@code command} or {@code
 * scriptUri} with {@code scriptArgument}s, {@code stage} (staging only when {@code true}), inputs,
 * outputs, {@code stdout} and {@code stderr}; CopyActivity's input and output data nodes.
 */
public final class ActivityWork {
  private ActivityWork() {}

  public static Result<WorkItem> of(
      RunDefinition definition, String type, RunLanguage.Scope scope) {
    return switch (type == null ? "" : type) {
      case "EmrActivity" -> emr(definition, scope);
      case "HadoopActivity" -> hadoop(definition, scope);
      case "ShellCommandActivity" -> shell(scope);
      case "CopyActivity" -> copy(scope);
      default -> RunFailures.invalidRequest("Activity type " + type + " is not supported");
    };
  }

  private static Result<WorkItem> emr(RunDefinition definition, RunLanguage.Scope scope) {
    var steps = scope.renderedAll("step");
    var pre = scope.renderedAll("preStepCommand");
    var post = scope.renderedAll("postStepCommand");
    var resource = resource(definition, scope);
    for (var part : List.of(steps, pre, post)) {
      if (!part.isOk()) {
        return Result.err(part.failure());
      }
    }
    if (!resource.isOk()) {
      return Result.err(resource.failure());
    }
    var parsed = steps.value().stream().map(EmrStep::parse).toList();
    return Result.ok(new WorkItem.Emr(parsed, resource.value(), pre.value(), post.value()));
  }

  private static Result<WorkItem> hadoop(RunDefinition definition, RunLanguage.Scope scope) {
    var jar = scope.rendered("jarUri");
    var mainClass = scope.rendered("mainClass");
    var arguments = scope.renderedAll("argument");
    var resource = resource(definition, scope);
    if (!jar.isOk() || !mainClass.isOk() || !arguments.isOk() || !resource.isOk()) {
      return Result.err(
          List.of(jar, mainClass, arguments, resource).stream()
              .filter(r -> !r.isOk())
              .findFirst()
              .orElseThrow()
              .failure());
    }
    if (jar.value().isEmpty()) {
      return RunFailures.invalidRequest("HadoopActivity " + scope.objectId() + " has no jarUri");
    }
    var args = new ArrayList<String>();
    mainClass.value().ifPresent(args::add);
    args.addAll(arguments.value());
    var step = new EmrStep(jar.value().get(), args);
    return Result.ok(new WorkItem.Emr(List.of(step), resource.value(), List.of(), List.of()));
  }

  private static Result<Map<String, String>> resource(
      RunDefinition definition, RunLanguage.Scope scope) {
    return scope
        .ref("runsOn")
        .map(resource -> ResourceFields.of(definition, resource))
        .orElse(Result.ok(Map.of()));
  }

  private static Result<WorkItem> shell(RunLanguage.Scope scope) {
    var command = scope.rendered("command");
    var script = scope.rendered("scriptUri");
    var arguments = scope.renderedAll("scriptArgument");
    var stage = scope.rendered("stage");
    var stdout = scope.rendered("stdout");
    var stderr = scope.rendered("stderr");
    var inputs = locations(scope.refs("input"));
    var outputs = locations(scope.refs("output"));
    for (var part : List.of(command, script, arguments, stage, stdout, stderr, inputs, outputs)) {
      if (!part.isOk()) {
        return Result.err(part.failure());
      }
    }
    return Result.ok(
        new WorkItem.Shell(
            command.value().orElse(null),
            script.value().orElse(null),
            arguments.value(),
            stage.value().map(s -> s.strip().equalsIgnoreCase("true")).orElse(false),
            inputs.value(),
            outputs.value(),
            stdout.value().orElse(null),
            stderr.value().orElse(null)));
  }

  private static Result<List<S3Location>> locations(List<RunLanguage.Scope> nodes) {
    var out = new ArrayList<S3Location>();
    for (var node : nodes) {
      var location = DataNodeLocations.of(node);
      if (!location.isOk()) {
        return Result.err(location.failure());
      }
      out.add(location.value().location());
    }
    return Result.ok(out);
  }

  private static Result<WorkItem> copy(RunLanguage.Scope scope) {
    var input = scope.ref("input");
    var output = scope.ref("output");
    if (input.isEmpty() || output.isEmpty()) {
      return RunFailures.invalidRequest(
          "CopyActivity " + scope.objectId() + " needs an input and an output");
    }
    var from = DataNodeLocations.of(input.get());
    var to = DataNodeLocations.of(output.get());
    if (!from.isOk()) {
      return Result.err(from.failure());
    }
    if (!to.isOk()) {
      return Result.err(to.failure());
    }
    return Result.ok(
        new WorkItem.Copy(
            from.value().location(),
            from.value().directory(),
            to.value().location(),
            to.value().directory()));
  }
}
