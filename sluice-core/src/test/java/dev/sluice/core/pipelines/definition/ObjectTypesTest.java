package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalogue of object types and their fields. */
class ObjectTypesTest {

  @Test
  void knowsEveryTypeSluiceRuns() {
    assertThat(ObjectTypes.all())
        .extracting(ObjectType::name)
        .containsExactlyInAnyOrder(
            "Default",
            "Schedule",
            "EmrCluster",
            "EmrActivity",
            "HadoopActivity",
            "ShellCommandActivity",
            "CopyActivity",
            "S3DataNode",
            "SnsAlarm",
            "Terminate",
            "Ec2Resource",
            "S3KeyExists",
            "S3PrefixNotEmpty",
            "ShellCommandPrecondition");
  }

  @Test
  void givesEachTypeTheKindObjectKindNames() {
    for (var type : ObjectTypes.all()) {
      assertThat(type.kind()).as(type.name()).isEqualTo(ObjectKind.of(type.name()));
    }
  }

  @Test
  void letsTheDocumentedFieldsRepeat() {
    var emr = ObjectTypes.find("EmrActivity").orElseThrow();
    for (var key :
        new String[] {
          "step",
          "dependsOn",
          "precondition",
          "input",
          "output",
          "onFail",
          "onSuccess",
          "onLateAction",
          "preStepCommand",
          "postStepCommand"
        }) {
      assertThat(emr.field(key))
          .as(key)
          .hasValueSatisfying(f -> assertThat(f.repeatable()).isTrue());
    }
    assertThat(ObjectTypes.find("ShellCommandActivity").orElseThrow().field("scriptArgument"))
        .hasValueSatisfying(f -> assertThat(f.repeatable()).isTrue());
    assertThat(ObjectTypes.find("HadoopActivity").orElseThrow().field("argument"))
        .hasValueSatisfying(f -> assertThat(f.repeatable()).isTrue());
    assertThat(emr.field("runsOn")).hasValueSatisfying(f -> assertThat(f.repeatable()).isFalse());
  }

  @Test
  void typesTheFieldsAsTheObjectReferenceDoes() {
    var schedule = ObjectTypes.find("Schedule").orElseThrow();

    assertThat(schedule.field("period").orElseThrow().type()).isEqualTo(ValueType.PERIOD);
    assertThat(schedule.field("startDateTime").orElseThrow().type()).isEqualTo(ValueType.DATE_TIME);
    assertThat(schedule.field("occurrences").orElseThrow().type()).isEqualTo(ValueType.INTEGER);
    assertThat(schedule.field("startAt").orElseThrow().allows("FIRST_ACTIVATION_DATE_TIME"))
        .isTrue();
    var cluster = ObjectTypes.find("EmrCluster").orElseThrow();
    assertThat(cluster.field("actionOnResourceFailure").orElseThrow().allows("retryAll")).isTrue();
    assertThat(cluster.field("actionOnTaskFailure").orElseThrow().allows("terminate")).isTrue();
    assertThat(cluster.refused()).containsExactlyInAnyOrder("runsOn", "workerGroup");
  }

  @Test
  void letsDefaultHoldAnyFieldOfAnyType() {
    var any = ObjectTypes.anyType();

    assertThat(any.field("topicArn")).isPresent();
    assertThat(any.field("step")).isPresent();
    assertThat(any.field("runsOn").orElseThrow().refTypes())
        .containsExactlyInAnyOrder("EmrCluster", "Ec2Resource");
  }

  @Test
  void recognisesUserDefinedAndRuntimeFieldNames() {
    assertThat(ObjectTypes.isUserDefined("myField")).isTrue();
    assertThat(ObjectTypes.isUserDefined("my_field")).isTrue();
    assertThat(ObjectTypes.isUserDefined("myfield")).isFalse();
    assertThat(ObjectTypes.isUserDefined("field")).isFalse();
    assertThat(ObjectTypes.isRuntime("@scheduledStartTime")).isTrue();
  }
}
