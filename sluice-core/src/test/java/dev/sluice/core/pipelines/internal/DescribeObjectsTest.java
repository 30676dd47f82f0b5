package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.RunObject;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DescribeObjectsTest {
  private final PipelineFixture fixture = new PipelineFixture();
  private String id;
  private RunObject instance;

  @BeforeEach
  void activatedWithOneInstance() {
    id = fixture.activated("orders", Definitions.onDemandEcho());
    instance = RunObjects.instance(id, "Echo", "2026-11-20T22:16:00", "RUNNING");
    fixture.runs.add(instance);
  }

  @Test
  void describesAComponentWithItsFieldsAndTheServicesFields() {
    var objects = describe(List.of("Echo"));

    assertThat(objects).hasSize(1);
    var echo = objects.get(0);
    assertThat(echo.id()).isEqualTo("Echo");
    assertThat(echo.name()).isEqualTo("Echo");
    assertThat(echo.fields())
        .containsExactly(
            Field.text("type", "ShellCommandActivity"),
            Field.text("command", "echo #{myGreeting}"),
            Field.text("workerGroup", "wg"),
            Field.text("@sphere", "COMPONENT"),
            Field.text("@version", "1"),
            Field.text("@status", "SCHEDULED"),
            Field.text("@pipelineId", id));
  }

  @Test
  void describesAnInstanceAsTheRunsShowIt() {
    var objects = describe(List.of(instance.id()));

    assertThat(objects).containsExactly(instance.asObject(instance.id()));
  }

  @Test
  void evaluatesTheExpressionsOfAnInstanceInItsOwnScopeWhenAsked() {
    var withCommand =
        RunObjects.instance(
            id,
            "Echo",
            "2026-11-20T22:17:00",
            "RUNNING",
            Field.text("command", "echo #{@scheduledStartTime}"),
            Field.text("workerGroup", "wg"));
    fixture.runs.add(withCommand);

    var evaluated =
        ok(fixture.service.describeObjects(id, List.of(withCommand.id()), true, null)).objects();
    var raw =
        ok(fixture.service.describeObjects(id, List.of(withCommand.id()), false, null)).objects();

    assertThat(evaluated.get(0).fields())
        .contains(
            Field.text("command", "evaluated echo #{@scheduledStartTime} for " + withCommand.id()),
            Field.text("workerGroup", "wg"),
            Field.text("@scheduledStartTime", "2026-11-20T22:17:00"));
    assertThat(raw.get(0).fields()).contains(Field.text("command", "echo #{@scheduledStartTime}"));
  }

  @Test
  void answersInTheOrderAskedForAndLeavesUnknownIdsOut() {
    var objects = describe(List.of(instance.id(), "NoSuchObject", "Default"));

    assertThat(objects).extracting(PipelineObject::id).containsExactly(instance.id(), "Default");
  }

  @Test
  void answersOnePageWithoutMarker() {
    var page = ok(fixture.service.describeObjects(id, List.of("Echo"), false, null));

    assertThat(page.hasMoreResults()).isFalse();
    assertThat(page.marker()).isNull();
  }

  @Test
  void describesAtMostTwentyFiveObjects() {
    var failure =
        failure(fixture.service.describeObjects(id, Collections.nCopies(26, "Echo"), false, null));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(describe(Collections.nCopies(25, "Echo"))).hasSize(25);
  }

  @Test
  void requiresTheObjectIds() {
    var failure = failure(fixture.service.describeObjects(id, null, false, null));

    assertThat(failure.message()).contains("'objectIds'");
  }

  private List<PipelineObject> describe(List<String> ids) {
    return ok(fixture.service.describeObjects(id, ids, false, null)).objects();
  }
}
