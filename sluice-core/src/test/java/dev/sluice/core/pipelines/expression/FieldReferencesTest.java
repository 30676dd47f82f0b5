package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ok;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fields of the current object and of the objects its references point to. */
class FieldReferencesTest {

  private final PipelineFixture fixture =
      pipeline()
          .object(
              "Copy",
              "CopyActivity",
              "input",
              ref("In"),
              "output",
              ref("Out"),
              "stamp",
              "#{format(makeDate(2026,11,20),'YYYYMMdd')}",
              "target",
              "#{output.directoryPath}/#{stamp}",
              "message",
              "copied #{input.directoryPath} to #{target}")
          .object("In", "S3DataNode", "directoryPath", "s3://in/#{name}")
          .object("Out", "S3DataNode", "directoryPath", "s3://out");

  @Test
  void readsAFieldOfTheCurrentObject() {
    assertThat(fixture.render("Copy", "#{stamp}")).isEqualTo("20261120");
  }

  @Test
  void aReferencedFieldsOwnExpressionsAreEvaluatedToo() {
    assertThat(ok(fixture.scope("Copy").rendered("message")))
        .contains("copied s3://in/In to s3://out/20261120");
  }

  @Test
  void readsAFieldOfAReferencedObjectInThatObjectsScope() {
    assertThat(fixture.render("Copy", "#{input.directoryPath}")).isEqualTo("s3://in/In");
  }

  @Test
  void aReferenceRendersAsTheObjectsId() {
    assertThat(fixture.render("Copy", "#{input}")).isEqualTo("In");
    assertThat(ok(fixture.scope("Copy").rendered("output"))).isEqualTo(Optional.of("Out"));
  }

  @Test
  void idNameAndTypeAreTheObjects() {
    assertThat(fixture.render("Copy", "#{id} #{name} #{type} #{@id}"))
        .isEqualTo("Copy Copy CopyActivity Copy");
  }

  @Test
  void parentIdIsTheComponentsIdEvenWhenTheInstanceHasItsOwn() {
    var withInstance = fixture.runtime("Out", "@id", "@Out_2026-11-20T22:15:00");
    assertThat(withInstance.render("Out", "s3://bucket/#{parent.@id}.csv"))
        .isEqualTo("s3://bucket/Out.csv");
    assertThat(withInstance.render("Out", "#{@id}")).isEqualTo("@Out_2026-11-20T22:15:00");
  }

  @Test
  void followsReferencesAcrossSeveralObjects() {
    var chained =
        pipeline()
            .object("Alarm", "SnsAlarm", "message", "#{node.output.directoryPath}")
            .object("Act", "CopyActivity", "output", ref("Out"), "onSuccess", ref("Alarm"))
            .object("Out", "S3DataNode", "directoryPath", "s3://out/#{id}");
    var alarm = chained.scope("Act").ref("onSuccess").orElseThrow();
    assertThat(ok(alarm.rendered("message"))).contains("s3://out/Out");
  }

  @Test
  void aFieldOfEveryReferencedObjectIsAList() {
    var many =
        pipeline()
            .object("Act", "ShellCommandActivity", "input", List.of(ref("A"), ref("B")))
            .object("A", "S3DataNode", "directoryPath", "s3://a")
            .object("B", "S3DataNode", "directoryPath", "s3://b");
    assertThat(many.render("Act", "#{input.directoryPath}")).isEqualTo("s3://a,s3://b");
  }

  @Test
  void aFieldThatIsNotAReferenceHasNoFields() {
    assertThat(fixture.failure("Copy", "#{stamp.year}").message())
        .contains("'stamp' is a String, not a reference to an object, so it has no field 'year'");
  }

  @Test
  void aMissingFieldIsNamedInTheFailure() {
    assertThat(fixture.failure("Copy", "#{input.nothing}").message())
        .contains("#{input.nothing}")
        .contains("'nothing' is neither a field of object 'In' nor a parameter");
  }

  @Test
  void aReferenceToAnObjectNotInThePipelineRendersButHasNoFields() {
    var dangling = pipeline().object("Act", "CopyActivity", "input", ref("Gone"));
    assertThat(dangling.render("Act", "#{input}")).isEqualTo("Gone");
    assertThat(dangling.failure("Act", "#{input.directoryPath}").message())
        .contains("object 'Gone' is not in the pipeline");
  }
}
