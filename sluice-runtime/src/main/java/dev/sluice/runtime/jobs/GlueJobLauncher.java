package dev.sluice.runtime.jobs;

import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.jobs.run.JobLauncher;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.jobs.internal.GluePythonLibrary;
import dev.sluice.runtime.jobs.internal.JobArguments;
import dev.sluice.runtime.jobs.internal.JobKind;
import dev.sluice.runtime.jobs.internal.JobWork;
import dev.sluice.runtime.jobs.internal.PySparkJob;
import dev.sluice.runtime.jobs.internal.PythonShellJob;
import dev.sluice.runtime.jobs.internal.SparkJarJob;
import dev.sluice.runtime.jobs.internal.StartFailure;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs Glue jobs as local processes ({@link JobLauncherSettings}): Python shell jobs with {@code
 * python3 script.py --name value ...}, glueetl jars on Sluice's Spark in a child JVM, glueetl
 * Python scripts with an installed PySpark's {@code spark-submit}. Python jobs find Sluice's {@code
 * awsglue} library ({@code getResolvedOptions}; a GlueContext and Job for PySpark) on their {@code
 * PYTHONPATH}; Java jobs find sluice-spark's {@code GlueArgs} on Spark's classpath. Each run works
 * in a directory of its own, removed when it ends; its standard output goes to the launch's output
 * groups, its standard error (with Sluice's own lines) to its error groups. Stopping a run, or
 * Sluice's own end (even by SIGKILL), stops its processes and everything they started.
 */
public final class GlueJobLauncher implements JobLauncher {

  private final JobLauncherSettings settings;
  private final GluePythonLibrary library;

  public GlueJobLauncher(JobLauncherSettings settings) {
    this.settings = settings;
    this.library = new GluePythonLibrary(settings.workRoot().resolve("python"));
  }

  @Override
  public Result<RunningJob> start(JobLaunch launch) {
    var command = launch.job().command();
    var processors = Runtime.getRuntime().availableProcessors();
    return switch (JobKind.of(command, new JobArguments(launch.arguments()))) {
      case PYTHON_SHELL -> withLibrary(launch, (work, lib) -> PythonShellJob.start(work, lib));
      case PYSPARK -> withLibrary(launch, (work, lib) -> PySparkJob.start(work, lib, processors));
      case SPARK_JAR -> inWork(launch, work -> SparkJarJob.start(work, processors));
      case UNSUPPORTED -> StartFailure.err("Sluice does not run " + command.name() + " jobs");
    };
  }

  /** Starts the run with Sluice's Python files written out. */
  private Result<RunningJob> withLibrary(
      JobLaunch launch,
      BiFunction<JobWork, GluePythonLibrary.Installed, Result<RunningJob>> start) {
    return library.install().flatMap(lib -> inWork(launch, work -> start.apply(work, lib)));
  }

  /** Starts the run in a new work directory, removed again when it does not start. */
  private Result<RunningJob> inWork(JobLaunch launch, Function<JobWork, Result<RunningJob>> start) {
    return JobWork.open(settings, launch)
        .flatMap(
            work -> {
              var started = start.apply(work);
              if (!started.isOk()) {
                work.log()
                    .note("Sluice: the job run did not start: " + started.failure().message());
                work.close();
              }
              return started;
            });
  }
}
