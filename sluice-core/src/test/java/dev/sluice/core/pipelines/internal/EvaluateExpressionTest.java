package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class EvaluateExpressionTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void answersWhatTheRunsEvaluate() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());

    var value = ok(fixture.service.evaluateExpression(id, "Echo", "#{myGreeting}"));

    assertThat(value).isEqualTo("evaluated #{myGreeting} for Echo");
    assertThat(fixture.runs.calls("evaluateExpression").get(0).arguments())
        .containsExactly("Echo", "#{myGreeting}");
  }

  @Test
  void passesTheRunsTaskNotFoundOn() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());
    var notFound = Failure.of("TaskNotFoundException", 400, "no such object");
    fixture.runs.failWith(notFound);

    assertThat(failure(fixture.service.evaluateExpression(id, "Nope", "x"))).isEqualTo(notFound);
  }

  @Test
  void requiresTheObjectIdAndTheExpression() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());

    assertThat(failure(fixture.service.evaluateExpression(id, null, "x")).message())
        .contains("'objectId'");
    assertThat(failure(fixture.service.evaluateExpression(id, "Echo", null)).message())
        .contains("'expression'");
    assertThat(fixture.runs.calls()).isEmpty();
  }
}
