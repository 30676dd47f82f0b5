package dev.sluice.runtime.steps.internal;

import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.SparkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Spark JVM: started in a directory of its own, its output lines going to a {@link LaunchLog}
 * with Sluice's timing lines around them, awaited until it ends. {@link #FIRST_TASK} gives the time
 * from launch to the first line that shows tasks starting: Spark's own {@code Starting task}
 * (logged at INFO, as Spark's default logging does for jar steps) or Hadoop's job-client line
 * {@code map 0% reduce 0%}, which sluice-spark's streaming job logs as it submits its tasks (its
 * Spark logging is at WARN).
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
  private final Path dir;
  private final LaunchLog log;
  private final ClassDataArchive archive;
  private final AtomicLong firstTask = new AtomicLong(-1);
  private ChildProcess child;
  private long started;

  private SparkLaunch(SparkSettings settings, Path dir, LaunchLog log) {
    this.settings = settings;
    this.dir = dir;
    this.log = log;
    this.archive = ClassDataArchive.of(settings);
  }

  /** Runs SparkSubmit with {@code submitArguments} after the master and Sluice's settings. */
  public static Result<Launched> run(StepEnv env, List<String> submitArguments) {
    return run(env, List.of(), submitArguments);
  }

  /** As {@link #run(StepEnv, List)}, the Spark JVM started with {@code jvmOptions} as well. */
  public static Result<Launched> run(
      StepEnv env, List<String> jvmOptions, List<String> submitArguments) {
    if (Thread.currentThread().isInterrupted()) {
      return StepFailure.err(env.interrupted());
    }
    if (env.deadline().passed()) {
      return StepFailure.err(env.timedOut());
    }
    return start(env.settings(), env.stepDir(), env.log(), Map.of(), jvmOptions, submitArguments)
        .map(launch -> launch.await(env.deadline()));
  }

  /**
   * Starts a Spark JVM working in {@code dir} (its argument file and scratch space go there) and
   * answers at once.
   *
   * @param environment variables set for the JVM, beyond Sluice's own environment ({@code
   *     SPARK_HOME} and {@code SPARK_CONF_DIR} are never passed on: the JVM runs Sluice's Spark)
   */
  public static Result<SparkLaunch> start(
      SparkSettings settings,
      Path dir,
      LaunchLog log,
      Map<String, String> environment,
      List<String> jvmOptions,
      List<String> submitArguments) {
    return new SparkLaunch(settings, dir, log).begin(environment, jvmOptions, submitArguments);
  }

  private Result<SparkLaunch> begin(
      Map<String, String> environment, List<String> jvmOptions, List<String> submitArguments) {
    var argfile = dir.resolve("spark-jvm.args");
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(
          argfile,
          SparkCommand.argfile(
              SparkCommand.arguments(settings, dir, allJvmOptions(jvmOptions), submitArguments)));
    } catch (IOException e) {
      return StepFailure.err("Cannot write " + argfile + ": " + e.getMessage());
    }
    log.note(
        "Sluice: starting Spark (master "
            + settings.master()
            + ", driver memory "
            + settings.driverMemory()
            + ")");
    started = System.nanoTime();
    try {
      child =
          ChildProcess.start(
              builder(argfile, environment), STDERR_TAIL_BYTES, this::out, this::err);
    } catch (IOException e) {
      return StepFailure.err("Cannot start Spark: " + e.getMessage());
    }
    return Result.ok(this);
  }

  /**
   * Waits until the JVM ends, is killed ({@link #kill()}), the deadline passes or this thread is
   * interrupted (in the last two cases the JVM and what it started are killed).
   */
  public Launched await(Deadline deadline) {
    var ending = child.await(deadline, log::flushIfDue);
    var elapsed = millisSince(started);
    if (archive != null && ending instanceof ChildProcess.Ending.Exited(var code) && code == 0) {
      archive.keep(dir);
    }
    log.note(
        "Sluice: Spark ended with exit code " + ending.exitCode() + " after " + elapsed + " ms");
    return new Launched(ending, child.stderr(), firstTask.get(), elapsed);
  }

  /** Kills the JVM and everything it started; answers once they are gone. */
  public void kill() {
    child.kill();
  }

  private List<String> allJvmOptions(List<String> jvmOptions) {
    var options = new ArrayList<>(jvmOptions);
    if (archive != null) {
      options.addAll(archive.jvmOptions(dir));
    }
    return options;
  }

  private ProcessBuilder builder(Path argfile, Map<String, String> variables) {
    var java = settings.javaHome().resolve("bin").resolve("java").toString();
    var builder = new ProcessBuilder(java, "@" + argfile).directory(dir.toFile());
    var environment = builder.environment();
    environment.putAll(variables);
    environment.remove("SPARK_HOME");
    environment.remove("SPARK_CONF_DIR");
    if (settings.localMaster() || loopbackMaster(settings.master())) {
      environment.put("SPARK_LOCAL_IP", "127.0.0.1");
    }
    return builder;
  }

  private void out(String line) {
    log.out(line);
    timeFirstTask(line);
  }

  private void err(String line) {
    log.err(line);
    timeFirstTask(line);
  }

  private void timeFirstTask(String line) {
    if (firstTask.get() < 0 && (line.contains("Starting task ") || line.endsWith(JOB_RUNNING))) {
      var millis = millisSince(started);
      if (firstTask.compareAndSet(-1, millis)) {
        log.note(FIRST_TASK + millis + " ms");
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
