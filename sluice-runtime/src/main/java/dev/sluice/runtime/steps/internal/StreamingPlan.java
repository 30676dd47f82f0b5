package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prepares a streaming step for sluice-spark: checks the output does not exist, finds the inputs,
 * makes shipped files and S3-hosted commands local (a command's S3 URI becomes the file's name),
 * and lays the job out in the step's directory ({@code inputs/}, {@code files/}, {@code output/},
 * {@code job/}, {@code result.json}).
 */
public final class StreamingPlan {

  /** The spec to run and where its output goes afterwards. */
  public record Planned(JobSpec spec, OutputTarget target) {}

  private final ObjectFiles objects;
  private final Path stepDir;
  private final Path base;
  private final OutputWriter writer;
  private final ShippedFiles shipped;
  private final List<String> files = new ArrayList<>();

  private StreamingPlan(ObjectFiles objects, Path stepDir, Path base, OutputWriter writer) {
    this.objects = objects;
    this.stepDir = stepDir;
    this.base = base;
    this.writer = writer;
    this.shipped =
        new ShippedFiles(objects, new LocalCopies(objects, stepDir.resolve("files")), base);
  }

  /**
   * @param base the directory relative local paths are read from
   * @param writer who writes the output (an output holding only what it wrote is replaced)
   */
  public static Result<Planned> plan(
      StreamingArgs args, ObjectFiles objects, Path stepDir, Path base, OutputWriter writer) {
    return new StreamingPlan(objects, stepDir, base, writer).plan(args);
  }

  private Result<Planned> plan(StreamingArgs args) {
    var target = OutputTarget.check(args.output(), base, objects, writer);
    if (!target.isOk()) {
      return Result.err(target.failure());
    }
    var inputs =
        new InputResolver(objects, new LocalCopies(objects, stepDir.resolve("inputs")), base)
            .resolve(args.inputs());
    if (!inputs.isOk()) {
      return Result.err(inputs.failure());
    }
    var shippedAll = shipAll(args.files());
    if (!shippedAll.isOk()) {
      return Result.err(shippedAll.failure());
    }
    var cached = cacheFiles(args.cacheFiles());
    if (!cached.isOk()) {
      return Result.err(cached.failure());
    }
    var commands = new ArrayList<String>();
    for (var command : Arrays.asList(args.mapper(), args.reducer(), args.combiner())) {
      var local = command(command);
      if (!local.isOk()) {
        return Result.err(local.failure());
      }
      commands.add(local.value());
    }
    return Result.ok(spec(args, inputs.value(), target.value(), cached.value(), commands));
  }

  private Result<Void> shipAll(List<String> uris) {
    for (var uri : uris) {
      var path = shipped.fetch(uri);
      if (!path.isOk()) {
        return Result.err(path.failure());
      }
      files.add(path.value().toString());
    }
    return Result.ok(null);
  }

  private Result<List<JobSpec.CacheFile>> cacheFiles(List<StreamingArgs.CacheFile> cacheFiles) {
    var local = new ArrayList<JobSpec.CacheFile>();
    for (var cacheFile : cacheFiles) {
      var path = shipped.fetch(cacheFile.uri());
      if (!path.isOk()) {
        return Result.err(path.failure());
      }
      local.add(new JobSpec.CacheFile(path.value().toString(), cacheFile.link()));
    }
    return Result.ok(local);
  }

  /** A command whose program is an S3 URI runs the shipped copy, by its name. */
  private Result<String> command(String command) {
    if (command == null) {
      return Result.ok(null);
    }
    var trimmed = command.strip();
    var space = trimmed.indexOf(' ');
    var program = space < 0 ? trimmed : trimmed.substring(0, space);
    if (!Place.isS3(program)) {
      return Result.ok(command);
    }
    var rest = space < 0 ? "" : trimmed.substring(space);
    return shipped
        .fetch(program)
        .map(
            path -> {
              files.add(path.toString());
              return path.getFileName() + rest;
            });
  }

  private Planned spec(
      StreamingArgs args,
      List<JobSpec.Input> inputs,
      OutputTarget target,
      List<JobSpec.CacheFile> cacheFiles,
      List<String> commands) {
    var output =
        switch (target) {
          case OutputTarget.S3 s3 -> stepDir.resolve("output");
          case OutputTarget.Local local -> local.directory();
        };
    var spec =
        new JobSpec(
            inputs,
            output.toString(),
            commands.get(0),
            commands.get(1),
            commands.get(2),
            args.numReduceTasks(),
            List.copyOf(files),
            cacheFiles,
            args.conf(),
            args.cmdenv(),
            stepDir.resolve("job").toString(),
            stepDir.resolve("result.json").toString());
    return new Planned(spec, target);
  }
}
