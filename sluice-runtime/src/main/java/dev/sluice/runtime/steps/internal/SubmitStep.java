package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.WorkOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code command-runner.jar spark-submit ...}: the options and application run with SparkSubmit on
 * Sluice's master ({@code --master} and {@code --deploy-mode} are replaced); an application jar or
 * file and {@code --jars}/{@code --files}/{@code --py-files} entries on S3 are made local first.
 */
public final class SubmitStep {

  private static final Set<String> VALUED =
      Set.of(
          "--master",
          "--deploy-mode",
          "--class",
          "--name",
          "--jars",
          "--packages",
          "--exclude-packages",
          "--repositories",
          "--py-files",
          "--files",
          "--archives",
          "--conf",
          "-c",
          "--properties-file",
          "--driver-memory",
          "--driver-java-options",
          "--driver-library-path",
          "--driver-class-path",
          "--executor-memory",
          "--proxy-user",
          "--driver-cores",
          "--total-executor-cores",
          "--executor-cores",
          "--num-executors",
          "--queue",
          "--principal",
          "--keytab");
  private static final Set<String> REPLACED = Set.of("--master", "--deploy-mode");
  private static final Set<String> FILE_LISTS = Set.of("--jars", "--files", "--py-files");

  private final StepEnv env;
  private final ShippedFiles files;
  private final List<String> submit = new ArrayList<>();

  private SubmitStep(StepEnv env) {
    this.env = env;
    var copies = new LocalCopies(env.objects(), env.stepDir().resolve("files"));
    this.files = new ShippedFiles(env.objects(), copies, env.base());
  }

  public static WorkOutcome run(List<String> args, StepEnv env) {
    return new SubmitStep(env).run(args);
  }

  private WorkOutcome run(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      var arg = args.get(i);
      var equals = arg.indexOf('=');
      var named = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (VALUED.contains(named)) {
        if (named.equals(arg) && i + 1 >= args.size()) {
          return WorkOutcome.failure("spark-submit: missing argument for option " + arg, null);
        }
        var value = named.equals(arg) ? args.get(++i) : arg.substring(equals + 1);
        var failure = option(named, value);
        if (failure != null) {
          return failure;
        }
      } else if (arg.startsWith("-")) {
        submit.add(arg);
      } else {
        return application(arg, args.subList(i + 1, args.size()));
      }
    }
    return WorkOutcome.failure("spark-submit: no application jar or file was given", null);
  }

  private WorkOutcome option(String name, String value) {
    if (REPLACED.contains(name)) {
      env.log().line("Sluice: spark-submit " + name + " " + value + " replaced by Sluice's master");
      return null;
    }
    if (FILE_LISTS.contains(name)) {
      var local = new ArrayList<String>();
      for (var entry : value.split(",")) {
        var path = Place.isS3(entry.strip()) ? files.fetch(entry.strip()) : null;
        if (path != null && !path.isOk()) {
          return StepFailure.outcome(path.failure());
        }
        local.add(path == null ? entry.strip() : path.value().toString());
      }
      value = String.join(",", local);
    }
    submit.add(name);
    submit.add(value);
    return null;
  }

  private WorkOutcome application(String resource, List<String> appArgs) {
    var local = Place.isS3(resource) ? JarStep.fetch(resource, env) : null;
    if (local != null && !local.isOk()) {
      return StepFailure.outcome(local.failure());
    }
    submit.add(local == null ? resource : local.value().toString());
    submit.addAll(appArgs);
    return JarStep.byExitCode(SparkLaunch.run(env, submit), "spark-submit", env);
  }
}
