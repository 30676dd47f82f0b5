package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ok;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pipeline parameters are read by id where no field of the object has that name. */
class ParametersTest {

  private final PipelineFixture fixture =
      pipeline()
          .object(
              "In",
              "S3DataNode",
              "directoryPath",
              "#{myInputPath}/#{format(makeDate(2026,11,20),'YYYY')}",
              "myShadowed",
              "own")
          .parameter("myInputPath", "s3://bucket/input")
          .parameter("myShadowed", "parameter")
          .parameter("myHosts", "a.example", "b.example");

  @Test
  void aParameterIsReadByItsId() {
    assertThat(ok(fixture.scope("In").rendered("directoryPath")))
        .isEqualTo(Optional.of("s3://bucket/input/2026"));
  }

  @Test
  void aFieldOfTheObjectWinsOverAParameterOfTheSameName() {
    assertThat(fixture.render("In", "#{myShadowed}")).isEqualTo("own");
  }

  @Test
  void anArrayParameterRendersCommaSeparatedInOneString() {
    assertThat(fixture.render("In", "#{myHosts}")).isEqualTo("a.example,b.example");
    assertThat(fixture.render("In", "-h #{myHosts}")).isEqualTo("-h a.example,-h b.example");
  }

  @Test
  void anArrayParameterGivesAFieldOneValuePerElement() {
    var listed =
        fixture.object("Act", "ShellCommandActivity", "scriptArgument", "--host=#{myHosts}");
    assertThat(ok(listed.scope("Act").renderedAll("scriptArgument")))
        .containsExactly("--host=a.example", "--host=b.example");
  }

  @Test
  void aParameterIsAStringForOperators() {
    var numbered = fixture.parameter("myCount", "4");
    assertThat(numbered.render("In", "#{myCount + 1}|#{myCount * 2}")).isEqualTo("41|8");
  }

  @Test
  void aNameThatIsNeitherFieldNorParameterIsAFailure() {
    assertThat(fixture.failure("In", "#{myOutputPath}").message())
        .contains("#{myOutputPath}")
        .contains("'myOutputPath' is neither a field of object 'In' nor a parameter");
  }

  @Test
  void renderedAllKeepsEveryValueOfAFieldInOrder() {
    var many =
        pipeline()
            .object("Act", "EmrActivity", "step", List.of("s1,#{myA}", "s2"))
            .parameter("myA", "a");
    assertThat(ok(many.scope("Act").renderedAll("step"))).containsExactly("s1,a", "s2");
  }
}
