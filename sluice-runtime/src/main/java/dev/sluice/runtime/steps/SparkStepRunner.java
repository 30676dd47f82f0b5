package dev.sluice.runtime.steps;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.StepRunner;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.runtime.internal.TreeDeletion;
import dev.sluice.runtime.steps.internal.Deadline;
import dev.sluice.runtime.steps.internal.JarStep;
import dev.sluice.runtime.steps.internal.SparkLaunch;
import dev.sluice.runtime.steps.internal.StepEnv;
import dev.sluice.runtime.steps.internal.StepLog;
import dev.sluice.runtime.steps.internal.StreamingStep;
import dev.sluice.runtime.steps.internal.SubmitStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs EMR steps on Spark 4.2 in a child JVM per step ({@link SparkSettings}): Hadoop streaming
 * jars through sluice-spark's streaming job, {@code command-runner.jar} with {@code spark-submit}
 * or {@code hadoop-streaming}, and other jars as Spark applications. Each step works in a directory
 * of its own under the settings' work root, removed afterwards; its output and Spark's go to the
 * context's log stream, with a line {@value SparkLaunch#FIRST_TASK}{@code N ms} when Spark starts
 * its first task. The context's timeout and an interrupt of the calling thread stop the Spark JVM
 * and everything it started (preparation, such as downloads, is not interrupted; Spark is then not
 * started). Every step runs on the settings' master: the EmrCluster's fields ({@code resource})
 * choose nothing.
 */
public final class SparkStepRunner implements StepRunner {

  public static final String FIRST_TASK_LINE = SparkLaunch.FIRST_TASK;

  private final SparkSettings settings;

  public SparkStepRunner(SparkSettings settings) {
    this.settings = settings;
  }

  @Override
  public WorkOutcome run(
      EmrStep step, Map<String, String> resource, ObjectFiles objects, WorkContext context) {
    var deadline = Deadline.after(context.timeout(), settings.clock());
    Path stepDir;
    try {
      stepDir = Files.createTempDirectory(Files.createDirectories(settings.workRoot()), "step-");
    } catch (IOException e) {
      return WorkOutcome.failure("Cannot create a step directory: " + e.getMessage(), null);
    }
    var log =
        new StepLog(settings.logSink(), context.logGroup(), context.logStream(), settings.clock());
    try {
      var env = new StepEnv(settings, objects, context, stepDir, log, deadline);
      var outcome = dispatch(step, env);
      if (!outcome.succeeded()) {
        log.line("Sluice: step failed: " + outcome.errorMessage());
      }
      return outcome;
    } finally {
      log.close();
      TreeDeletion.delete(stepDir);
    }
  }

  private static WorkOutcome dispatch(EmrStep step, StepEnv env) {
    if (step.isStreaming()) {
      return StreamingStep.run(step.args(), env);
    }
    var name = step.jar().substring(step.jar().lastIndexOf('/') + 1);
    if (!name.equals("command-runner.jar")) {
      return JarStep.run(step.jar(), step.args(), env);
    }
    var command = step.args().isEmpty() ? "" : step.args().get(0);
    List<String> rest =
        step.args().isEmpty() ? List.of() : step.args().subList(1, step.args().size());
    return switch (command) {
      case "spark-submit" -> SubmitStep.run(rest, env);
      case "hadoop-streaming" -> StreamingStep.run(rest, env);
      default ->
          WorkOutcome.failure(
              "command-runner.jar: Sluice runs spark-submit and hadoop-streaming, not '"
                  + command
                  + "'",
              null);
    };
  }
}
