package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ok;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code node}: the object an alarm or precondition is evaluated for. */
class NodeReferencesTest {

  private final PipelineFixture fixture =
      pipeline()
          .object(
              "ShellOut",
              "ShellCommandActivity",
              "onFail",
              ref("FailureNotify"),
              "output",
              ref("Out"),
              "command",
              "run.sh #{@scheduledStartTime} #{@scheduledEndTime}")
          .object(
              "FailureNotify",
              "SnsAlarm",
              "message",
              "Error for interval #{node.@scheduledStartTime}..#{node.@scheduledEndTime}.")
          .object("Out", "S3DataNode", "directoryPath", "s3://out", "precondition", ref("Ready"))
          .object("Ready", "S3PrefixNotEmpty", "s3Prefix", "#{node.directoryPath}/_SUCCESS")
          .runtime(
              "ShellOut",
              "@scheduledStartTime",
              "2026-11-20T22:15:00",
              "@scheduledEndTime",
              "2026-11-20T22:30:00");

  @Test
  void anActionReachedThroughAReferenceReadsItsReferrersRuntimeFields() {
    var alarm = fixture.scope("ShellOut").ref("onFail").orElseThrow();
    assertThat(ok(alarm.rendered("message")))
        .isEqualTo(Optional.of("Error for interval 2026-11-20T22:15:00..2026-11-20T22:30:00."));
  }

  @Test
  void aScopeCanBeGivenItsNodeExplicitly() {
    var alarm = fixture.scope("FailureNotify", "ShellOut");
    assertThat(ok(alarm.rendered("message")).orElseThrow()).contains("22:15:00..");
  }

  @Test
  void aPreconditionReadsTheFieldsOfTheDataNodeItGuards() {
    var precondition = fixture.scope("Out").ref("precondition").orElseThrow();
    assertThat(ok(precondition.rendered("s3Prefix"))).contains("s3://out/_SUCCESS");
  }

  @Test
  void nodeIsTheReferrerOfAnObjectReachedInAnExpression() {
    var act =
        pipeline()
            .object("Act", "CopyActivity", "input", ref("In"), "stamp", "20261120")
            .object("In", "S3DataNode", "directoryPath", "s3://in/#{node.stamp}");
    assertThat(act.render("Act", "#{input.directoryPath}")).isEqualTo("s3://in/20261120");
  }

  @Test
  void withoutANodeNodeIsAFailure() {
    assertThat(fixture.failure("FailureNotify", "#{node.@scheduledStartTime}").message())
        .contains("#{node.@scheduledStartTime}")
        .contains("'node' is only available");
  }

  @Test
  void theNodesOwnFieldsAreEvaluatedInTheNodesScope() {
    var alarm = fixture.scope("FailureNotify", "ShellOut");
    assertThat(ok(alarm.render("#{node.command}")))
        .isEqualTo("run.sh 2026-11-20T22:15:00 2026-11-20T22:30:00");
  }
}
