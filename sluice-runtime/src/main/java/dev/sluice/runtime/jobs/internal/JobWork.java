package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.internal.TreeDeletion;
import dev.sluice.runtime.jobs.JobLauncherSettings;
import dev.sluice.runtime.steps.internal.LocalCopies;
import dev.sluice.runtime.steps.internal.ShippedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run works with: the settings, the launch, a directory of its own (removed at {@link
 * #close()}), its log and its arguments.
 */
public record JobWork(
    JobLauncherSettings settings, JobLaunch launch, Path dir, JobLog log, JobArguments arguments)
    implements AutoCloseable {

  /** A new directory under the work root and an open log for {@code launch}. */
  public static Result<JobWork> open(JobLauncherSettings settings, JobLaunch launch) {
    Path dir;
    try {
      dir =
          Files.createTempDirectory(
              Files.createDirectories(settings.workRoot().resolve("runs")), "run-");
    } catch (IOException e) {
      return StartFailure.err("Cannot create a directory for the run: " + e.getMessage());
    }
    var log = new JobLog(settings.logSink(), launch.logs(), settings.clock());
    return Result.ok(new JobWork(settings, launch, dir, log, new JobArguments(launch.arguments())));
  }

  public String jobName() {
    return launch.job().name();
  }

  public String scriptLocation() {
    var command = launch.job().command();
    return command == null || command.scriptLocation() == null ? "" : command.scriptLocation();
  }

  /** The job's script, local. */
  public Result<Path> fetchScript() {
    return scriptLocation().isBlank()
        ? StartFailure.err("No script to run: the job's Command has no ScriptLocation")
        : fetch(scriptLocation());
  }

  /** The file at {@code location} ({@code s3://...} or a local path), local. */
  public Result<Path> fetch(String location) {
    var copies = new LocalCopies(settings.objects(), dir.resolve("files"));
    var fetched =
        new ShippedFiles(settings.objects(), copies, Path.of("").toAbsolutePath()).fetch(location);
    return fetched.isOk() ? fetched : StartFailure.err(fetched.failure());
  }

  /** Every file {@code locations} name, local, in order; the first failure if any cannot be had. */
  public Result<List<Path>> fetchAll(List<String> locations) {
    var paths = new ArrayList<Path>();
    for (var location : locations) {
      var fetched = fetch(location);
      if (!fetched.isOk()) {
        return Result.err(fetched.failure());
      }
      paths.add(fetched.value());
    }
    return Result.ok(paths);
  }

  /** Writes what is left of the log and removes the run's directory. */
  @Override
  public void close() {
    log.close();
    TreeDeletion.delete(dir);
  }
}
