package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A glueetl job from a Python script, run by an installed PySpark's {@code spark-submit} ({@link
 * SparkSubmitSearch}) on the settings' master (local when Sluice has no Spark of its own), sized by
 * the run's workers: {@code spark-submit --master M --py-files awsglue.zip,... script.py --name
 * value ...}; the driver and workers use the settings' Python.
 */
public final class PySparkJob {

  static final String LOCAL_MASTER = "local[*]";

  private PySparkJob() {}

  /** Whether spark-submit can be found; the failure's message is the run's. */
  public static Result<Path> sparkSubmit(JobWork work) {
    var settings = work.settings();
    var found = SparkSubmitSearch.find(settings.environment(), settings.python());
    return found.isOk()
        ? found
        : StartFailure.err(
            "Sluice runs glueetl Python scripts with PySpark, which is not installed here: "
                + found.failure().message()
                + ". Install PySpark (pip install pyspark) or set SPARK_HOME, or run the script as"
                + " a pythonshell job.");
  }

  public static Result<RunningJob> start(
      JobWork work, GluePythonLibrary.Installed library, int processors) {
    var submit = sparkSubmit(work);
    if (!submit.isOk()) {
      return Result.err(submit.failure());
    }
    var script = work.fetchScript();
    if (!script.isOk()) {
      return Result.err(script.failure());
    }
    return PythonSetup.prepare(work, library)
        .flatMap(
            setup -> {
              var workers = SparkWorkers.plan(master(work), work.launch().run(), processors);
              work.log().note(workers.line());
              var command = command(work, submit.value(), workers, setup, script.value());
              var environment = environment(work, setup, workers);
              var what = "spark-submit " + script.value().getFileName();
              return GuardedProcess.start(work, setup, command, environment, what);
            });
  }

  private static String master(JobWork work) {
    var spark = work.settings().spark();
    return spark == null ? LOCAL_MASTER : spark.master();
  }

  private static List<String> command(
      JobWork work, Path submit, SparkWorkers workers, PythonSetup setup, Path script) {
    var command = new ArrayList<String>(List.of(submit.toString(), "--master", workers.master()));
    var spark = work.settings().spark();
    if (spark != null) {
      command.addAll(List.of("--driver-memory", spark.driverMemory()));
    }
    command.addAll(List.of("--conf", "spark.app.name=" + work.jobName()));
    command.addAll(List.of("--conf", "spark.ui.showConsoleProgress=false"));
    workers.conf().forEach(conf -> command.addAll(List.of("--conf", conf)));
    var pyFiles =
        Stream.concat(Stream.of(setup.library().zip()), setup.extraFiles().stream())
            .map(Path::toString)
            .collect(Collectors.joining(","));
    command.addAll(List.of("--py-files", pyFiles, script.toString()));
    command.addAll(work.arguments().flattened());
    return command;
  }

  private static java.util.Map<String, String> environment(
      JobWork work, PythonSetup setup, SparkWorkers workers) {
    var environment = JobEnvironment.python(work.settings(), setup.pythonPath());
    environment.put("PYSPARK_PYTHON", work.settings().python());
    environment.put("PYSPARK_DRIVER_PYTHON", work.settings().python());
    if (workers.master().startsWith("local")) {
      environment.put("SPARK_LOCAL_IP", "127.0.0.1");
    }
    return environment;
  }
}
