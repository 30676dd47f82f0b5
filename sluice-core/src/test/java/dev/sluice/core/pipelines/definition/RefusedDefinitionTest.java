package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects PutPipelineDefinition refuses outright with an InvalidRequestException. */
class RefusedDefinitionTest {

  private static PipelineDefinition objects(PipelineObject... objects) {
    return new PipelineDefinition(List.of(objects), List.of(), List.of());
  }

  private static PipelineObject object(String id, Field... fields) {
    return new PipelineObject(id, id, List.of(fields));
  }

  private static final Field SHELL = Field.text("type", "ShellCommandActivity");

  @Test
  void refusesAnObjectWithoutAnIdInTheMessageAwsDocuments() {
    var failure = Reports.refusal(objects(new PipelineObject(null, "x", List.of(SHELL))));

    assertThat(failure.message())
        .isEqualTo(
            "Pipeline definition has errors: Could not save the pipeline definition due to FATAL"
                + " errors: [an object has no id] Please call Validate to validate your pipeline");
  }

  @Test
  void refusesAnEmptyId() {
    assertThat(Reports.refusal(objects(object("", SHELL))).message())
        .contains("an object has no id");
  }

  @Test
  void refusesTwoObjectsWithTheSameId() {
    var failure = Reports.refusal(objects(object("Hello", SHELL), object("Hello", SHELL)));

    assertThat(failure.message()).contains("the object id 'Hello' is used more than once");
  }

  @Test
  void refusesAFieldWithBothAStringAndAReference() {
    var failure =
        Reports.refusal(objects(object("Hello", SHELL, new Field("runsOn", "Ec2", "Ec2"))));

    assertThat(failure.message())
        .contains(
            "field 'runsOn' of object 'Hello' must have exactly one of stringValue or refValue");
  }

  @Test
  void refusesAFieldWithNeitherAStringNorAReference() {
    var failure =
        Reports.refusal(objects(object("Hello", SHELL, new Field("command", null, null))));

    assertThat(failure.message())
        .contains(
            "field 'command' of object 'Hello' must have exactly one of stringValue or refValue");
  }

  @Test
  void refusesAnEmptyStringValueAsTheApiReferenceExampleDoes() {
    var failure =
        Reports.refusal(
            objects(object("Default", Field.text("workerGroup", "")), object("Hello", SHELL)));

    assertThat(failure.message())
        .contains("field 'workerGroup' of object 'Default' has an empty value");
  }

  @Test
  void refusesAnEmptyReference() {
    var failure = Reports.refusal(objects(object("Hello", SHELL, Field.ref("runsOn", ""))));

    assertThat(failure.message()).contains("field 'runsOn' of object 'Hello' has an empty value");
  }

  @Test
  void refusesAFieldWithoutAKey() {
    var failure = Reports.refusal(objects(object("Hello", SHELL, Field.text(null, "x"))));

    assertThat(failure.message()).contains("object 'Hello' has a field without a key");
  }

  @Test
  void refusesMoreThanOneHundredObjects() {
    var many = new ArrayList<PipelineObject>();
    for (int i = 0; i <= 100; i++) {
      many.add(object("o" + i, Field.text("type", "Terminate")));
    }

    var failure = Reports.refusal(new PipelineDefinition(many, List.of(), List.of()));

    assertThat(failure.message()).contains("the definition has 101 objects (the limit is 100)");
  }

  @Test
  void acceptsExactlyOneHundredObjects() {
    var many = new ArrayList<PipelineObject>();
    for (int i = 0; i < 100; i++) {
      many.add(object("o" + i, Field.text("type", "Terminate")));
    }

    assertThat(DefinitionCheck.check(new PipelineDefinition(many, List.of(), List.of())).isOk())
        .isTrue();
  }

  @Test
  void refusesMoreThanFiftyFieldNamesInOneObject() {
    var fields = new ArrayList<Field>();
    for (int i = 0; i < 51; i++) {
      fields.add(Field.text("myField" + i, "v"));
    }

    var failure = Reports.refusal(objects(new PipelineObject("Wide", "Wide", fields)));

    assertThat(failure.message()).contains("object 'Wide' has 51 fields (the limit is 50)");
  }

  @Test
  void countsARepeatedFieldOnceAgainstTheFieldLimit() {
    var fields = new ArrayList<Field>(List.of(Field.text("type", "EmrActivity")));
    for (int i = 0; i < 60; i++) {
      fields.add(Field.text("step", "s3://bucket/step.jar,arg" + i));
    }

    assertThat(DefinitionCheck.check(objects(new PipelineObject("Steps", "Steps", fields))).isOk())
        .isTrue();
  }

  @Test
  void refusesAValueLongerThan10240Bytes() {
    var failure =
        Reports.refusal(objects(object("Hello", SHELL, Field.text("command", "é".repeat(5121)))));

    assertThat(failure.message())
        .contains("field 'command' of object 'Hello' has a value longer than 10240 bytes");
  }

  @Test
  void refusesAnObjectLargerThan15360Bytes() {
    var fields = new ArrayList<Field>(List.of(SHELL));
    for (int i = 0; i < 4; i++) {
      fields.add(Field.text("myPart" + i, "x".repeat(4000)));
    }

    var failure = Reports.refusal(objects(new PipelineObject("Big", "Big", fields)));

    assertThat(failure.message())
        .contains("object 'Big' is ")
        .contains("bytes (the limit is 15360)");
  }

  @Test
  void refusesAFieldNameLongerThan256Bytes() {
    var failure =
        Reports.refusal(objects(object("Hello", SHELL, Field.text("my" + "X".repeat(255), "v"))));

    assertThat(failure.message()).contains("has a name longer than 256 bytes");
  }

  @Test
  void listsEveryProblemInOneMessage() {
    var failure =
        Reports.refusal(objects(object("A", SHELL), object("A", SHELL, Field.text("command", ""))));

    assertThat(failure.message())
        .contains(
            "[the object id 'A' is used more than once; field 'command' of object 'A' has an empty"
                + " value]");
  }
}
