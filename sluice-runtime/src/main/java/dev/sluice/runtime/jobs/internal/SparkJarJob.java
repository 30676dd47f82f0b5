package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.internal.Deadline;
import dev.sluice.runtime.steps.internal.MainClass;
import dev.sluice.runtime.steps.internal.SparkLaunch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A glueetl job from a jar, on Sluice's Spark: the application jar is the ScriptLocation when it is
 * a jar, else the first of {@code --extra-jars} (the others go to {@code --jars}); the main class
 * is {@code --class}, else the jar's Main-Class, run by sluice-spark's {@code GuardedMain} (which
 * stops the JVM once Sluice is gone, SparkContext or not); the run's arguments follow.
 */
public final class SparkJarJob {
  /** sluice-spark's wrapper of a job's main class (on every Spark JVM's classpath). */
  static final String GUARDED_MAIN = "dev.sluice.spark.glue.GuardedMain";

  private SparkJarJob() {}

  public static Result<RunningJob> start(JobWork work, int processors) {
    var spark = work.settings().spark();
    if (spark == null) {
      return StartFailure.err(
          "Sluice runs glueetl jar jobs on Spark, which is not set up here (sluice-spark's build"
              + " output was not found)");
    }
    var locations = jars(work);
    if (locations.isEmpty()) {
      return StartFailure.err(noJar(work.scriptLocation()));
    }
    var fetched = work.fetchAll(locations);
    if (!fetched.isOk()) {
      return Result.err(fetched.failure());
    }
    var jars = fetched.value();
    var main = work.arguments().value("--class").or(() -> MainClass.of(jars.get(0)));
    if (main.isEmpty()) {
      return StartFailure.err(
          "No main class: the job names none in --class and "
              + locations.get(0)
              + " has no Main-Class in its manifest");
    }
    var workers = SparkWorkers.plan(spark.master(), work.launch().run(), processors);
    work.log().note(workers.line());
    var launched =
        SparkLaunch.start(
            spark.withMaster(workers.master()),
            work.dir(),
            work.log(),
            JobEnvironment.of(work.settings()),
            List.of(),
            submitArguments(work, workers, main.get(), jars));
    return launched.isOk()
        ? Result.ok(JobProcess.watch(work, started(launched.value())))
        : StartFailure.err(launched.failure());
  }

  private static List<String> jars(JobWork work) {
    var jars = new ArrayList<String>();
    if (work.scriptLocation().endsWith(".jar")) {
      jars.add(work.scriptLocation());
    }
    work.arguments().list("--extra-jars").stream()
        .filter(jar -> !jars.contains(jar))
        .forEach(jars::add);
    return jars;
  }

  private static String noJar(String script) {
    if (script.isBlank()) {
      return "No jar to run: the job has no ScriptLocation and names none in --extra-jars";
    }
    return script.endsWith(".scala")
        ? "Sluice runs glueetl Scala jobs from compiled jars, not from source: build "
            + script
            + " into a jar and make it the ScriptLocation, or name it first in --extra-jars"
        : "No jar to run: the ScriptLocation "
            + script
            + " is not a jar and the job names none in --extra-jars";
  }

  private static List<String> submitArguments(
      JobWork work, SparkWorkers workers, String main, List<Path> jars) {
    var args = new ArrayList<String>();
    args.addAll(List.of("--conf", "spark.app.name=" + work.jobName()));
    workers.conf().forEach(conf -> args.addAll(List.of("--conf", conf)));
    // The job's class runs inside GuardedMain, which stops the JVM once Sluice is gone.
    args.addAll(List.of("--class", GUARDED_MAIN));
    if (jars.size() > 1) {
      args.add("--jars");
      args.add(jars.stream().skip(1).map(Path::toString).collect(Collectors.joining(",")));
    }
    args.add(jars.get(0).toString());
    args.add(main);
    args.addAll(work.arguments().flattened());
    return args;
  }

  private static JobProcess.Started started(SparkLaunch launch) {
    return new JobProcess.Started() {
      @Override
      public int awaitExit() {
        return launch.await(Deadline.NONE).ending().exitCode();
      }

      @Override
      public void kill() {
        launch.kill();
      }
    };
  }
}
