package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.ShellRunner;
import dev.sluice.core.pipelines.work.ShellRunner.ShellResult;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ShellCommandActivity and ShellCommandPrecondition: the command, or the script at {@code
 * scriptUri} downloaded and run with {@code sh}, with the script arguments as $1, $2...; with
 * {@code stage}, inputs downloaded into {@code input<N>} and the {@code output<N>} directories
 * uploaded after a successful run; stdout and stderr also written to their S3 locations when given.
 */
public final class ShellWork {
  private final ShellRunner shells;
  private final ObjectFiles objects;
  private final Staging staging;

  public ShellWork(ShellRunner shells, ObjectFiles objects) {
    this.shells = shells;
    this.objects = objects;
    this.staging = new Staging(objects);
  }

  public WorkOutcome run(WorkItem.Shell item, WorkContext context) {
    Path workDir = context.workDir();
    var command = command(item, workDir);
    if (!command.isOk()) {
      return item.scriptUri() == null
          ? WorkOutcome.failure(command.failure().message(), null)
          : Outcomes.failed("Could not download " + item.scriptUri(), command.failure());
    }
    var environment = new LinkedHashMap<String, String>();
    var stopped =
        (item.stage() ? stageIn(item, workDir, environment) : Optional.<WorkOutcome>empty())
            .or(Outcomes::interrupted);
    if (stopped.isPresent()) {
      return stopped.get();
    }
    ShellResult result = shells.run(command.value(), item.scriptArguments(), environment, context);
    var interrupted = Outcomes.interrupted();
    if (interrupted.isPresent()) {
      return interrupted.get();
    }
    var saved = saveOutput(item, result, workDir);
    return Outcomes.ofShell(item.scriptUri() == null ? "Command" : "Script", result)
        .or(() -> saved)
        .or(() -> item.stage() ? stageOut(item, workDir) : Optional.empty())
        .orElse(WorkOutcome.success());
  }

  /** The command line: the command, or {@code sh} running the downloaded script. */
  private Result<String> command(WorkItem.Shell item, Path workDir) {
    if (item.scriptUri() == null) {
      return item.command() == null
          ? Result.err(
              Failure.of("InvalidRequestException", 400, "Neither command nor scriptUri is set"))
          : Result.ok(item.command());
    }
    return fetchScript(item.scriptUri(), workDir.resolve("script"))
        .map(script -> "sh " + quoted(script) + " \"$@\"");
  }

  private Result<Path> fetchScript(String uri, Path directory) {
    var location = S3Location.parse(uri);
    if (!location.isOk()) {
      return Result.err(location.failure());
    }
    var files = objects.list(location.value());
    if (!files.isOk()) {
      return Result.err(files.failure());
    }
    var file =
        files.value().stream().filter(f -> f.key().equals(location.value().key())).findFirst();
    if (file.isEmpty()) {
      return Result.err(S3Failures.noSuchKey(location.value().key()));
    }
    Path target = directory.resolve(RelativeKeys.name(file.get().key()));
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      return Result.err(Failure.of("InternalError", 500, "Could not create " + directory));
    }
    return objects.download(file.get(), target).map(done -> target);
  }

  private Optional<WorkOutcome> stageIn(
      WorkItem.Shell item, Path workDir, Map<String, String> environment) {
    for (int n = 1; n <= item.outputs().size(); n++) {
      Path output = workDir.resolve("output" + n);
      try {
        Files.createDirectories(output);
      } catch (IOException e) {
        return Optional.of(WorkOutcome.failure("Could not create " + output, e.getMessage()));
      }
      environment.put("OUTPUT" + n + "_STAGING_DIR", output.toString());
    }
    for (int n = 1; n <= item.inputs().size(); n++) {
      Path input = workDir.resolve("input" + n);
      environment.put("INPUT" + n + "_STAGING_DIR", input.toString());
      try {
        Files.createDirectories(input);
      } catch (IOException e) {
        return Optional.of(WorkOutcome.failure("Could not create " + input, e.getMessage()));
      }
      var failed = staging.download(item.inputs().get(n - 1), input);
      if (failed.isPresent()) {
        return failed;
      }
    }
    return Optional.empty();
  }

  private Optional<WorkOutcome> stageOut(WorkItem.Shell item, Path workDir) {
    for (int n = 1; n <= item.outputs().size(); n++) {
      var failed = staging.upload(workDir.resolve("output" + n), item.outputs().get(n - 1));
      if (failed.isPresent()) {
        return failed;
      }
    }
    return Optional.empty();
  }

  private Optional<WorkOutcome> saveOutput(WorkItem.Shell item, ShellResult result, Path workDir) {
    return save(item.stdout(), result.stdout(), workDir)
        .or(() -> save(item.stderr(), result.stderr(), workDir));
  }

  /** Writes {@code text} to the object at {@code uri}, when one is given. */
  private Optional<WorkOutcome> save(String uri, String text, Path workDir) {
    if (uri == null) {
      return Optional.empty();
    }
    var location = S3Location.parse(uri);
    if (!location.isOk()) {
      return Optional.of(Outcomes.failed("Could not write " + uri, location.failure()));
    }
    try {
      Path file = Files.createTempFile(workDir, "output", ".log");
      try {
        Files.writeString(file, text == null ? "" : text);
        var done = objects.upload(file, location.value());
        return done.isOk()
            ? Optional.empty()
            : Optional.of(Outcomes.failed("Could not write " + uri, done.failure()));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      return Optional.of(WorkOutcome.failure("Could not write " + uri, e.getMessage()));
    }
  }

  /** {@code path} quoted for {@code sh}. */
  private static String quoted(Path path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }
}
