package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom jar step on Spark, as Hadoop's {@code RunJar} runs it: the jar's Main-Class, or else the
 * class the first argument names, with the remaining arguments; the exit code decides.
 */
public final class JarStep {

  private JarStep() {}

  public static WorkOutcome run(String jar, List<String> args, StepEnv env) {
    var local = fetch(jar, env);
    if (!local.isOk()) {
      return StepFailure.outcome(local.failure());
    }
    var submit = new ArrayList<String>();
    var rest = args;
    if (MainClass.of(local.value()).isEmpty()) {
      if (args.isEmpty()) {
        return WorkOutcome.failure(
            "No main class: " + jar + " has no Main-Class in its manifest and the step names none",
            null);
      }
      submit.addAll(List.of("--class", args.get(0).replace('/', '.')));
      rest = args.subList(1, args.size());
    }
    submit.add(local.value().toString());
    submit.addAll(rest);
    return byExitCode(SparkLaunch.run(env, submit), Place.name(jar), env);
  }

  /** Success when the Spark JVM exited with 0. */
  static WorkOutcome byExitCode(Result<SparkLaunch.Launched> launched, String what, StepEnv env) {
    if (!launched.isOk()) {
      return StepFailure.outcome(launched.failure());
    }
    var stopped = env.stopped(launched.value());
    if (stopped != null) {
      return stopped;
    }
    var code = launched.value().ending().exitCode();
    return code == 0
        ? WorkOutcome.success()
        : WorkOutcome.failure(
            what + " failed with exit code " + code, launched.value().stderrTail());
  }

  static Result<Path> fetch(String jar, StepEnv env) {
    var copies = new LocalCopies(env.objects(), env.stepDir().resolve("jars"));
    var fetched = new ShippedFiles(env.objects(), copies, env.base()).fetch(jar);
    return fetched.isOk()
        ? fetched
        : StepFailure.err(
            "JAR does not exist or is not a normal file: " + jar, fetched.failure().message());
  }
}
