package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ok;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the runner asks of a scope: fields, references and the object's id. */
class ObjectScopeApiTest {

  private final PipelineFixture fixture =
      pipeline()
          .object(
              "Act",
              "EmrActivity",
              "runsOn",
              ref("Cluster"),
              "precondition",
              List.of(ref("Ready"), ref("Gone"), ref("Also")),
              "step",
              List.of("a.jar,#{id}", "b.jar"))
          .object("Cluster", "EmrCluster", "releaseLabel", "emr-6.#{1 + 1}.0")
          .object("Ready", "S3KeyExists")
          .object("Also", "S3PrefixNotEmpty");

  @Test
  void objectIdIsTheComponentTheScopeWasMadeFor() {
    assertThat(fixture.scope("Act").objectId()).isEqualTo("Act");
  }

  @Test
  void renderedIsEmptyForAFieldTheObjectDoesNotHave() {
    assertThat(ok(fixture.scope("Act").rendered("nothing"))).isEqualTo(Optional.empty());
    assertThat(ok(fixture.scope("Act").renderedAll("nothing"))).isEmpty();
  }

  @Test
  void renderedAllRendersEveryValue() {
    assertThat(ok(fixture.scope("Act").renderedAll("step"))).containsExactly("a.jar,Act", "b.jar");
  }

  @Test
  void refGivesTheScopeOfTheReferencedObject() {
    var cluster = fixture.scope("Act").ref("runsOn").orElseThrow();
    assertThat(cluster.objectId()).isEqualTo("Cluster");
    assertThat(ok(cluster.rendered("releaseLabel"))).contains("emr-6.2.0");
  }

  @Test
  void refsGivesEveryReferencedObjectInThePipelineInOrder() {
    assertThat(fixture.scope("Act").refs("precondition"))
        .extracting(ObjectScope::objectId)
        .containsExactly("Ready", "Also");
  }

  @Test
  void refIsEmptyForAFieldWithoutReferences() {
    assertThat(fixture.scope("Act").ref("step")).isEmpty();
    assertThat(fixture.scope("Act").refs("nothing")).isEmpty();
  }

  @Test
  void renderedNamesTheFieldsObjectWhenItsExpressionFails() {
    var broken = fixture.object("Bad", "ShellCommandActivity", "command", "echo #{nope}");
    assertThat(PipelineFixture.failed(broken.scope("Bad").rendered("command")).message())
        .isEqualTo(
            "Unable to evaluate expression #{nope} of object 'Bad': "
                + "'nope' is neither a field of object 'Bad' nor a parameter");
  }
}
