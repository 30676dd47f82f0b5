package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationTest {
  @TempDir Path root;

  @Test
  void schedulesThePipelineWithItsLatestDefinitionAndAnAdvanceDueNow() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));
    harness.activate(id);

    var pipeline = harness.pipeline(id);
    assertThat(pipeline.state()).isEqualTo("SCHEDULED");
    assertThat(pipeline.active()).isEqualTo(pipeline.latest());
    assertThat(pipeline.activeVersion()).isEqualTo(1);
    assertThat(pipeline.generation()).isEqualTo(1);
    assertThat(pipeline.firstActivatedAt()).isEqualTo(RunHarness.T0);
    assertThat(pipeline.scheduledStart()).isEqualTo(RunHarness.T0);
    assertThat(pipeline.runtimeFields())
        .containsEntry("@firstActivationTime", "2026-11-20T22:15:00")
        .containsEntry("@lastActivationTime", "2026-11-20T22:15:00");
    assertThat(harness.events(PipelineEvents.ADVANCE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.due()).isEqualTo(RunHarness.T0);
              assertThat(e.event().target()).isEqualTo(id);
            });
  }

  @Test
  void startsTheOnDemandRunAtTheStartTimestamp() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));
    var start = Instant.parse("2026-11-20T20:00:00Z");
    assertThat(harness.runner.activate(harness.pipeline(id), List.of(), start).isOk()).isTrue();
    harness.run();

    assertThat(harness.ids(id)).contains("@Step_2026-11-20T20:00:00");
  }

  @Test
  void changesNothingWhenActivatingAnActivePipelineAgain() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true", text("maximumRetries", "0")));
    harness.work.custom(call -> null);
    harness.activate(id);
    var before = harness.pipeline(id);
    int events = harness.catalog.events().size();

    harness.activate(id);

    assertThat(harness.pipeline(id)).isEqualTo(before);
    assertThat(harness.catalog.events()).hasSize(events);
  }

  @Test
  void startsANewGenerationWhenActivatingAFinishedPipeline() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("Step", "true"));
    harness.start(id);
    harness.clock.advance(Duration.ofHours(1));
    harness.start(id);

    var pipeline = harness.pipeline(id);
    assertThat(pipeline.generation()).isEqualTo(2);
    assertThat(pipeline.firstActivatedAt()).isEqualTo(RunHarness.T0);
    assertThat(pipeline.runtimeFields())
        .containsEntry("@lastActivationTime", "2026-11-20T23:15:00");
    assertThat(harness.ids(id, "Step"))
        .containsExactly("@Step_2026-11-20T23:15:00", "@Step_2026-11-20T23:15:00_Attempt=1");
    assertThat(harness.ids(id, "Box")).containsExactly("@Box_2026-11-20T23:15:00");
    assertThat(pipeline.state()).isEqualTo("FINISHED");
  }

  @Test
  void keepsTheParameterValuesOfTheActivation() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            new PipelineDefinition(
                List.of(onDemand(), shell("Step", "echo #{myGreeting}"), Defs.ec2("Box")),
                List.of(
                    new ParameterObject(
                        "myGreeting",
                        List.of(
                            new ParameterAttribute("type", "String"),
                            new ParameterAttribute("default", "hi")))),
                List.of()));
    var values = List.of(new ParameterValue("myGreeting", "hello"));
    var activated = harness.runner.activate(harness.pipeline(id), values, null);
    assertThat(activated.isOk()).as("%s", activated).isTrue();
    harness.run();

    assertThat(harness.pipeline(id).activeParameterValues()).isEqualTo(values);
    var shell =
        (dev.sluice.core.pipelines.work.WorkItem.Shell) harness.work.callsFor("Step").get(0).item();
    assertThat(shell.command()).isEqualTo("echo hello");
  }

  @Test
  void answersTheDefinitionsFailureAndChangesNothing() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), object("Broken", "ShellCommandActivity"));

    var result = harness.runner.activate(harness.pipeline(id), List.of(), null);

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
    assertThat(harness.state(id)).isEqualTo("PENDING");
    assertThat(harness.catalog.events()).isEmpty();
  }
}
