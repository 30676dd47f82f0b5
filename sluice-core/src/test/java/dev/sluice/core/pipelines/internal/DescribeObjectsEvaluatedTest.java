package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.StoredPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DescribeObjects with {@code evaluateExpressions} through the real {@code ResolvedPipeline} and
 * {@code ObjectScope}.
 */
class DescribeObjectsEvaluatedTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void rendersComponentValuesWithTheActivationsParameterValues() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());
    fixture.change(id, p -> withActiveValues(p, List.of(new ParameterValue("myGreeting", "hej"))));

    var echo = describe(id, "Echo");

    assertThat(echo.fields()).contains(Field.text("command", "echo hej"));
    assertThat(echo.fields()).contains(Field.text("@sphere", "COMPONENT"));
  }

  @Test
  void showsAValueThatCannotBeEvaluatedAsWritten() {
    var definition =
        new PipelineDefinition(
            List.of(
                new PipelineObject(
                    "Default", "Default", List.of(Field.text("scheduleType", "ondemand"))),
                new PipelineObject(
                    "Echo",
                    "Echo",
                    List.of(
                        Field.text("type", "ShellCommandActivity"),
                        Field.text("command", "echo #{noSuchField}"),
                        Field.text("workerGroup", "wg")))),
            List.of(),
            List.of());
    var id = fixture.activated("orders", definition);

    assertThat(describe(id, "Echo").fields())
        .contains(Field.text("command", "echo #{noSuchField}"));
  }

  @Test
  void withoutEvaluationValuesAreShownAsWritten() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());

    var echo = ok(fixture.service.describeObjects(id, List.of("Echo"), false, null)).objects();

    assertThat(echo.get(0).fields()).contains(Field.text("command", "echo #{myGreeting}"));
  }

  private PipelineObject describe(String id, String objectId) {
    return ok(fixture.service.describeObjects(id, List.of(objectId), true, null)).objects().get(0);
  }

  private static StoredPipeline withActiveValues(StoredPipeline p, List<ParameterValue> values) {
    return p.toBuilder().active(p.active(), p.activeVersion(), values).nextRevision().build();
  }
}
