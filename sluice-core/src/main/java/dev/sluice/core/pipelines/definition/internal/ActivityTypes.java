package dev.sluice.core.pipelines.definition.internal;

import static dev.sluice.core.pipelines.definition.FieldSpec.ref;
import static dev.sluice.core.pipelines.definition.FieldSpec.text;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.EMR;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.RESOURCES;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.activity;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.join;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.runnable;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.scheduled;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.shell;
import static dev.sluice.core.pipelines.definition.internal.TypeBuilder.type;

import dev.sluice.core.pipelines.definition.FieldGroup;
import dev.sluice.core.pipelines.definition.FieldSpec;
import dev.sluice.core.pipelines.definition.ObjectType;
import dev.sluice.core.pipelines.definition.ValueType;
import java.util.List;
import java.util.Set;

/** EmrActivity, HadoopActivity, ShellCommandActivity and CopyActivity. */
final class ActivityTypes {
  private static final FieldGroup RUNS_ON = FieldGroup.atLeastOne("runsOn", "workerGroup");

  private ActivityTypes() {}

  static List<ObjectType> all() {
    return List.of(emrActivity(), hadoopActivity(), shellCommandActivity(), copyActivity());
  }

  private static ObjectType emrActivity() {
    return type("EmrActivity")
        .fields(join(runnable(), scheduled(), activity(EMR, true)))
        .fields(
            text("step").repeated(),
            text("preStepCommand").repeated(),
            text("postStepCommand").repeated(),
            FieldSpec.of("resizeClusterBeforeRunning", ValueType.BOOLEAN),
            FieldSpec.of("resizeClusterMaxInstances", ValueType.INTEGER))
        .group(RUNS_ON)
        .build();
  }

  private static ObjectType hadoopActivity() {
    var taskConfig = Set.of("ShellScriptConfig");
    return type("HadoopActivity")
        .fields(join(runnable(), scheduled(), activity(EMR, true)))
        .fields(
            text("jarUri"),
            text("argument").repeated(),
            text("hadoopQueue"),
            text("mainClass"),
            ref("preActivityTaskConfig", taskConfig),
            ref("postActivityTaskConfig", taskConfig))
        .required("jarUri")
        .group(RUNS_ON)
        .build();
  }

  private static ObjectType shellCommandActivity() {
    return type("ShellCommandActivity")
        .fields(join(runnable(), scheduled(), activity(RESOURCES, true), shell()))
        .fields(FieldSpec.of("stage", ValueType.BOOLEAN))
        .group(FieldGroup.exactlyOne("command", "scriptUri"))
        .group(RUNS_ON)
        .group(FieldGroup.atMostOne("scriptUri", "scriptArgument"))
        .build();
  }

  private static ObjectType copyActivity() {
    return type("CopyActivity")
        .fields(join(runnable(), scheduled(), activity(RESOURCES, false)))
        .group(RUNS_ON)
        .build();
  }
}
