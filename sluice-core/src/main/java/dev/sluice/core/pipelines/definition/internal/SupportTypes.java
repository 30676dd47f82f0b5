package dev.sluice.core.pipelines.definition.internal;

import static dev.sluice.core.pipelines.definition.FieldSpec.oneOf;
import static dev.sluice.core.pipelines.definition.FieldSpec.ref;
import static dev.sluice.core.pipelines.definition.FieldSpec.text;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.RESOURCES;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.join;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.precondition;
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

/** S3DataNode, the preconditions, the actions and Schedule. */
final class SupportTypes {
  private SupportTypes() {}

  static List<ObjectType> all() {
    return List.of(
        s3DataNode(),
        type("S3KeyExists")
            .fields(join(runnable(), precondition()))
            .fields(text("s3Key"))
            .required("role", "s3Key")
            .build(),
        type("S3PrefixNotEmpty")
            .fields(join(runnable(), precondition()))
            .fields(text("s3Prefix"))
            .required("role", "s3Prefix")
            .build(),
        type("ShellCommandPrecondition")
            .fields(join(runnable(), precondition(), shell()))
            .group(FieldGroup.exactlyOne("command", "scriptUri"))
            .build(),
        type("SnsAlarm")
            .fields(text("message"), text("role"), text("subject"), text("topicArn"))
            .required("message", "role", "subject", "topicArn")
            .build(),
        type("Terminate").build(),
        schedule());
  }

  private static ObjectType s3DataNode() {
    return type("S3DataNode")
        .fields(join(runnable(), scheduled()))
        .fields(
            oneOf("compression", "none", "gzip"),
            ref("dataFormat", Set.of("CSV", "TSV", "Custom", "RegEx")),
            ref("dependsOn", FieldSets.RUNNABLES).repeated(),
            text("directoryPath"),
            text("filePath"),
            text("manifestFilePath"),
            ref("precondition", FieldSets.PRECONDITIONS).repeated(),
            ref("runsOn", RESOURCES),
            oneOf("s3EncryptionType", "SERVER_SIDE_ENCRYPTION", "NONE"),
            text("workerGroup"))
        .group(FieldGroup.exactlyOne("filePath", "directoryPath"))
        .build();
  }

  private static ObjectType schedule() {
    return type("Schedule")
        .fields(
            FieldSpec.of("period", ValueType.PERIOD),
            oneOf("startAt", "FIRST_ACTIVATION_DATE_TIME", "ONDEMAND_ACTIVATION_TIME"),
            FieldSpec.of("startDateTime", ValueType.DATE_TIME),
            FieldSpec.of("endDateTime", ValueType.DATE_TIME),
            FieldSpec.of("occurrences", ValueType.INTEGER))
        .required("period")
        .group(FieldGroup.exactlyOne("startAt", "startDateTime"))
        .group(FieldGroup.atMostOne("occurrences", "endDateTime"))
        .build();
  }
}
