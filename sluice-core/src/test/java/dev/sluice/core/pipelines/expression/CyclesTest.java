package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.failed;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fields whose values refer back to themselves fail instead of looping. */
class CyclesTest {

  @Test
  void aFieldReferringToItselfFails() {
    var fixture = pipeline().object("Act", "ShellCommandActivity", "a", "x#{a}");
    assertThat(failed(fixture.scope("Act").rendered("a")).message())
        .contains("circular reference: Act.a -> Act.a");
  }

  @Test
  void twoFieldsReferringToEachOtherFail() {
    var fixture = pipeline().object("Act", "ShellCommandActivity", "a", "#{b}", "b", "#{a}");
    assertThat(fixture.failure("Act", "#{a}").message())
        .contains("circular reference: Act.a -> Act.b -> Act.a");
  }

  @Test
  void aCycleThroughReferencesFails() {
    var fixture =
        pipeline()
            .object("Act", "CopyActivity", "input", ref("In"), "path", "#{input.path}")
            .object("In", "S3DataNode", "path", "#{node.path}");
    assertThat(fixture.failure("Act", "#{path}").message())
        .contains("circular reference: Act.path -> In.path -> Act.path");
  }

  @Test
  void theFailureNamesTheExpressionWhereTheCycleClosed() {
    var fixture = pipeline().object("Act", "ShellCommandActivity", "a", "#{b}", "b", "#{a}");
    assertThat(fixture.failure("Act", "#{a}").message())
        .startsWith("Unable to evaluate expression #{a} of object 'Act'");
  }

  @Test
  void usingAFieldTwiceIsNotACycle() {
    var fixture =
        pipeline().object("Act", "ShellCommandActivity", "a", "#{b}-#{b}", "b", "#{c}", "c", "z");
    assertThat(fixture.render("Act", "#{a}/#{a}")).isEqualTo("z-z/z-z");
  }
}
