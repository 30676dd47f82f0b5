package dev.sluice.core.pipelines.definition.internal;

import static dev.sluice.core.pipelines.definition.FieldSpec.oneOf;
import static dev.sluice.core.pipelines.definition.FieldSpec.ref;
import static dev.sluice.core.pipelines.definition.FieldSpec.text;
import static dev.sluice.core.pipelines.definition.ValueType.BOOLEAN;
import static dev.sluice.core.pipelines.definition.ValueType.INTEGER;
import static dev.sluice.core.pipelines.definition.ValueType.PERIOD;

import dev.sluice.core.pipelines.definition.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The groups of fields several object types share, as the object reference lists them. */
final class FieldSets {
  static final Set<String> ANY = Set.of();
  static final Set<String> RESOURCES = Set.of("EmrCluster", "Ec2Resource");
  static final Set<String> EMR = Set.of("EmrCluster");
  static final Set<String> DATA_NODES = Set.of("S3DataNode");
  static final Set<String> PRECONDITIONS =
      Set.of("S3KeyExists", "S3PrefixNotEmpty", "ShellCommandPrecondition");
  static final Set<String> ACTIONS = Set.of("SnsAlarm", "Terminate");
  static final Set<String> RUNNABLES =
      Set.of(
          "EmrActivity",
          "HadoopActivity",
          "ShellCommandActivity",
          "CopyActivity",
          "S3DataNode",
          "EmrCluster",
          "Ec2Resource",
          "S3KeyExists",
          "S3PrefixNotEmpty",
          "ShellCommandPrecondition");

  private FieldSets() {}

  /** Fields of every object. */
  static List<FieldSpec> common() {
    return List.of(text("type"), ref("parent", ANY));
  }

  /** Fields of objects that run: activities, data nodes, resources, preconditions. */
  static List<FieldSpec> runnable() {
    return List.of(
        text("attemptStatus"),
        FieldSpec.of("attemptTimeout", PERIOD),
        oneOf("failureAndRerunMode", "cascade", "none"),
        FieldSpec.of("lateAfterTimeout", PERIOD),
        FieldSpec.of("maximumRetries", INTEGER),
        ref("onFail", ACTIONS).repeated(),
        ref("onLateAction", ACTIONS).repeated(),
        ref("onSuccess", ACTIONS).repeated(),
        FieldSpec.of("reportProgressTimeout", PERIOD),
        FieldSpec.of("retryDelay", PERIOD));
  }

  /** Fields of objects invoked within a schedule: activities, data nodes, resources. */
  static List<FieldSpec> scheduled() {
    return List.of(
        ref("schedule", Set.of("Schedule")),
        oneOf("scheduleType", "cron", "ondemand", "timeseries"),
        FieldSpec.of("maxActiveInstances", INTEGER),
        text("pipelineLogUri"));
  }

  /** Fields of every activity; {@code runsOn} points to one of {@code resources}. */
  static List<FieldSpec> activity(Set<String> resources, boolean manyInputs) {
    var input = ref("input", DATA_NODES);
    var output = ref("output", DATA_NODES);
    return List.of(
        ref("dependsOn", RUNNABLES).repeated(),
        manyInputs ? input.repeated() : input,
        manyInputs ? output.repeated() : output,
        ref("precondition", PRECONDITIONS).repeated(),
        ref("runsOn", resources),
        text("workerGroup"));
  }

  /** Fields of every resource. */
  static List<FieldSpec> resource() {
    return List.of(
        oneOf("actionOnResourceFailure", "retryall", "retrynone"),
        oneOf("actionOnTaskFailure", "continue", "terminate"),
        text("availabilityZone"),
        ref("httpProxy", Set.of("HttpProxy")),
        FieldSpec.of("initTimeout", PERIOD),
        text("keyPair"),
        text("region"),
        text("resourceRole"),
        text("role"),
        text("subnetId"),
        FieldSpec.of("terminateAfter", PERIOD),
        FieldSpec.of("useOnDemandOnLastAttempt", BOOLEAN));
  }

  /** Fields of every precondition. */
  static List<FieldSpec> precondition() {
    return List.of(FieldSpec.of("preconditionTimeout", PERIOD), text("role"));
  }

  /** Fields of commands run in a shell: ShellCommandActivity and ShellCommandPrecondition. */
  static List<FieldSpec> shell() {
    return List.of(
        text("command"),
        text("scriptUri"),
        text("scriptArgument").repeated(),
        text("stderr"),
        text("stdout"));
  }

  @SafeVarargs
  static List<FieldSpec> join(List<FieldSpec>... sets) {
    var all = new ArrayList<FieldSpec>();
    for (var set : sets) {
      all.addAll(set);
    }
    return all;
  }
}
