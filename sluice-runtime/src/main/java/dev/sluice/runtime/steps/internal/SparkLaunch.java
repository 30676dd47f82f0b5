package dev.sluice.runtime.steps.internal;

import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.SparkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one Spark JVM for a step and waits for it: output lines go to the step's log, with Sluice's
 * timing lines around them. {@link #FIRST_TASK} gives the time from launch to the first line that
 * shows tasks starting: Spark's own {@code Starting task} (logged at INFO, as Spark's default
 * logging does for jar steps) or Hadoop's job-client line {@code map 0% reduce 0%}, which
 * sluice-spark's streaming job logs as it submits its tasks (its Spark logging is at WARN).
 */
public final class SparkLaunch {

  /** Logged once, followed by the milliseconds from launch to Spark's first task and " ms". */
  public static final String FIRST_TASK = "Sluice: first Spark task started after ";

  static final int STDERR_TAIL_BYTES = 8192;

  private static final String JOB_RUNNING = " map 0% reduce 0%";

  /** How the Spark JVM ended; {@code firstTaskMillis} is -1 when no task started. */
  public record Launched(
      ChildProcess.Ending ending, String stderrTail, long firstTaskMillis, long elapsedMillis) {}

  private final SparkSettings settings;
  private final StepEnv env;
  private final ClassDataArchive archive;
  private final List<String> jvmOptions;
  private final AtomicLong firstTask = new AtomicLong(-1);
  private long started;

  private SparkLaunch(SparkSettings settings, StepEnv env, List<String> jvmOptions) {
    this.settings = settings;
    this.env = env;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.archive = ClassDataArchive.of(settings);
  }

  /** Runs SparkSubmit with {@code submitArguments} after the master and Sluice's settings. */
  public static Result<Launched> run(StepEnv env, List<String> submitArguments) {
    return run(env, List.of(), submitArguments);
  }

  /** As {@link #run(StepEnv, List)}, the Spark JVM started with {@code jvmOptions} as well. */
  public static Result<Launched> run(
      StepEnv env, List<String> jvmOptions, List<String> submitArguments) {
    return new SparkLaunch(env.settings(), env, jvmOptions).launch(submitArguments);
  }

  private Result<Launched> launch(List<String> submitArguments) {
    if (Thread.currentThread().isInterrupted()) {
      return StepFailure.err(env.interrupted());
    }
    if (env.deadline().passed()) {
      return StepFailure.err(env.timedOut());
    }
    var argfile = env.stepDir().resolve("spark-jvm.args");
    try {
      Files.createDirectories(env.stepDir().resolve("tmp"));
      Files.writeString(
          argfile,
          SparkCommand.argfile(
              SparkCommand.arguments(settings, env.stepDir(), allJvmOptions(), submitArguments)));
    } catch (IOException e) {
      return StepFailure.err("Cannot write " + argfile + ": " + e.getMessage());
    }
    env.log()
        .line(
            "Sluice: starting Spark (master "
                + settings.master()
                + ", driver memory "
                + settings.driverMemory()
                + ")");
    started = System.nanoTime();
    ChildProcess child;
    try {
      child = ChildProcess.start(builder(argfile), STDERR_TAIL_BYTES, this::line, this::line);
    } catch (IOException e) {
      return StepFailure.err("Cannot start Spark: " + e.getMessage());
    }
    var ending = child.await(env.deadline(), env.log()::flushIfDue);
    var elapsed = millisSince(started);
    if (archive != null && ending instanceof ChildProcess.Ending.Exited(var code) && code == 0) {
      archive.keep(env.stepDir());
    }
    env.log()
        .line(
            "Sluice: Spark ended with exit code "
                + ending.exitCode()
                + " after "
                + elapsed
                + " ms");
    return Result.ok(new Launched(ending, child.stderr(), firstTask.get(), elapsed));
  }

  private List<String> allJvmOptions() {
    var options = new ArrayList<>(jvmOptions);
    if (archive != null) {
      options.addAll(archive.jvmOptions(env.stepDir()));
    }
    return options;
  }

  private ProcessBuilder builder(Path argfile) {
    var java = settings.javaHome().resolve("bin").resolve("java").toString();
    var builder = new ProcessBuilder(java, "@" + argfile).directory(env.stepDir().toFile());
    var environment = builder.environment();
    environment.remove("SPARK_HOME");
    environment.remove("SPARK_CONF_DIR");
    if (settings.localMaster() || loopbackMaster(settings.master())) {
      environment.put("SPARK_LOCAL_IP", "127.0.0.1");
    }
    return builder;
  }

  private void line(String line) {
    env.log().line(line);
    if (firstTask.get() < 0 && (line.contains("Starting task ") || line.endsWith(JOB_RUNNING))) {
      var millis = millisSince(started);
      if (firstTask.compareAndSet(-1, millis)) {
        env.log().line(FIRST_TASK + millis + " ms");
      }
    }
  }

  private static boolean loopbackMaster(String master) {
    return master.startsWith("spark://localhost:") || master.startsWith("spark://127.");
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }
}
