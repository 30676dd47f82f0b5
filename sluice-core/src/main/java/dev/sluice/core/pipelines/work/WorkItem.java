package dev.sluice.core.pipelines.work;

import java.util.List;
import java.util.Map;

/** What one attempt does, with every expression evaluated. */
public sealed interface WorkItem {

  /**
   * EmrActivity / HadoopActivity: steps run in order on Spark; {@code resource} holds the rendered
   * fields of the EmrCluster it runs on (runner settings), {@code preStepCommand}s and {@code
   * postStepCommand}s run as shell commands around them.
   */
  record Emr(
      List<EmrStep> steps,
      Map<String, String> resource,
      List<String> preStepCommands,
      List<String> postStepCommands)
      implements WorkItem {
    public Emr {
      steps = List.copyOf(steps);
      resource = Map.copyOf(resource);
      preStepCommands = List.copyOf(preStepCommands);
      postStepCommands = List.copyOf(postStepCommands);
    }
  }

  /**
   * ShellCommandActivity or ShellCommandPrecondition: {@code command}, or the script at {@code
   * scriptUri} (an S3 location), with {@code scriptArguments}. With {@code stage}, the inputs are
   * downloaded into {@code ${INPUT1_STAGING_DIR}}... before and the {@code
   * ${OUTPUT1_STAGING_DIR}}... directories uploaded to the outputs after a successful run. {@code
   * stdout}/{@code stderr} are S3 locations the output is also written to (null: not).
   */
  record Shell(
      String command,
      String scriptUri,
      List<String> scriptArguments,
      boolean stage,
      List<S3Location> inputs,
      List<S3Location> outputs,
      String stdout,
      String stderr)
      implements WorkItem {
    public Shell {
      scriptArguments = List.copyOf(scriptArguments);
      inputs = List.copyOf(inputs);
      outputs = List.copyOf(outputs);
    }
  }

  /** CopyActivity between S3 data nodes: a file to a file, or a directory's objects into one. */
  record Copy(
      S3Location input, boolean inputIsDirectory, S3Location output, boolean outputIsDirectory)
      implements WorkItem {}

  /** The S3KeyExists precondition. */
  record KeyExists(S3Location key) implements WorkItem {}

  /** The S3PrefixNotEmpty precondition. */
  record PrefixNotEmpty(S3Location prefix) implements WorkItem {}
}
