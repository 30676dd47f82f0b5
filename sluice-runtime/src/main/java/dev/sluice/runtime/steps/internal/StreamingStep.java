package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A Hadoop streaming step on Spark: parse, prepare ({@link StreamingPlan}), run sluice-spark's
 * {@value #MAIN_CLASS} on the spec, then upload the output when the job says it succeeded.
 */
public final class StreamingStep {

  public static final String MAIN_CLASS = "dev.sluice.spark.StreamingMain";

  /**
   * sluice-spark's logging for streaming steps (Spark at WARN; the job prints Hadoop's lines), a
   * resource of sluice-spark.jar named so that other steps keep Spark's default logging.
   */
  static final String LOGGING = "-Dlog4j2.configurationFile=sluice-streaming-log4j2.properties";

  private StreamingStep() {}

  public static WorkOutcome run(List<String> args, StepEnv env) {
    var writer = OutputWriter.of(env.context());
    var planned =
        StreamingArgsParser.parse(args)
            .flatMap(
                parsed ->
                    StreamingPlan.plan(parsed, env.objects(), env.stepDir(), env.base(), writer));
    if (!planned.isOk()) {
      return StepFailure.outcome(planned.failure());
    }
    if (planned.value().target() instanceof OutputTarget.S3 s3 && s3.removed() > 0) {
      env.log()
          .line(
              "Sluice: removed "
                  + s3.removed()
                  + " objects an earlier run of this attempt left in "
                  + s3.uri());
    }
    var spec = planned.value().spec();
    var specFile = env.stepDir().resolve("spec.json");
    try {
      JobResult.JSON.writerWithDefaultPrettyPrinter().writeValue(specFile.toFile(), spec);
    } catch (IOException e) {
      return WorkOutcome.failure("Cannot write " + specFile + ": " + e.getMessage(), null);
    }
    var sparkJar = env.settings().classpath().get(0).toString();
    var launched =
        SparkLaunch.run(
            env, List.of(LOGGING), List.of("--class", MAIN_CLASS, sparkJar, specFile.toString()));
    if (!launched.isOk()) {
      return StepFailure.outcome(launched.failure());
    }
    var stopped = env.stopped(launched.value());
    return stopped != null ? stopped : finish(planned.value(), launched.value(), env, writer);
  }

  private static WorkOutcome finish(
      StreamingPlan.Planned planned,
      SparkLaunch.Launched launched,
      StepEnv env,
      OutputWriter writer) {
    var result = JobResult.read(Path.of(planned.spec().result()));
    if (result.isEmpty()) {
      return WorkOutcome.failure(
          "Spark ended with exit code " + launched.ending().exitCode() + " without a job result",
          launched.stderrTail());
    }
    if (!result.get().succeeded()) {
      var detail = result.get().detail();
      return WorkOutcome.failure(
          result.get().message(),
          detail != null && !detail.isBlank() ? detail : launched.stderrTail());
    }
    return upload(planned, env, writer);
  }

  private static WorkOutcome upload(
      StreamingPlan.Planned planned, StepEnv env, OutputWriter writer) {
    if (!(planned.target() instanceof OutputTarget.S3 s3)) {
      return WorkOutcome.success();
    }
    Result<Integer> uploaded =
        OutputUpload.upload(Path.of(planned.spec().output()), s3.location(), env.objects(), writer);
    if (!uploaded.isOk()) {
      return StepFailure.outcome(uploaded.failure());
    }
    env.log().line("Sluice: wrote " + uploaded.value() + " objects to " + s3.uri());
    return WorkOutcome.success();
  }
}
