package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivitiesTest extends WorkflowServiceFixture {

  @Test
  void creatingAnActivityTwiceReturnsTheFirst() {
    var first = ok(service.createActivity(SCOPE, "work", Map.of("k", "v")));
    clock.advance(Duration.ofMinutes(1));

    var again = ok(service.createActivity(SCOPE, "work", Map.of("k", "other")));

    assertThat(first.arn()).isEqualTo(PREFIX + "activity:work");
    assertThat(again).isEqualTo(first);
    assertThat(ok(service.listTagsForResource(first.arn()))).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void anActivityNameWithForbiddenCharactersIsInvalidName() {
    fails(service.createActivity(SCOPE, "a;b", Map.of()), "InvalidName", "Invalid Name: 'a;b'");
  }

  @Test
  void aDeletedActivityDoesNotExist() {
    var arn = ok(service.createActivity(SCOPE, "work", Map.of())).arn();

    ok(service.deleteActivity(arn));

    fails(
        service.describeActivity(arn),
        "ActivityDoesNotExist",
        "Activity Does Not Exist: '" + arn + "'");
  }

  @Test
  void activitiesAreListedByArnInPages() {
    for (var name : new String[] {"c", "a", "b"}) {
      ok(service.createActivity(SCOPE, name, Map.of()));
    }
    var first = ok(service.listActivities(new PageRequest(2, null)));
    var second = ok(service.listActivities(new PageRequest(2, first.nextToken())));

    assertThat(first.items()).extracting(ActivityRecord::name).containsExactly("a", "b");
    assertThat(second.items()).extracting(ActivityRecord::name).containsExactly("c");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void aWorkerPollsTheEngineForSixtySecondsAndGetsTheWaitingTask() {
    var arn = ok(service.createActivity(SCOPE, "work", Map.of())).arn();
    var execution = PREFIX + "execution:m:run";
    store
        .workflows()
        .progress(
            new Progress(
                execution,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    new TaskCallback(
                        "tok", execution, "", arn, "{\"n\":1}", clock.now(), null, null)),
                null));

    var task = ok(service.getActivityTask(arn, "w1"));
    var none = ok(service.getActivityTask(arn, "w1"));

    assertThat(task)
        .get()
        .extracting(TaskCallback::token, TaskCallback::input)
        .containsExactly("tok", "{\"n\":1}");
    assertThat(none).isEmpty();
    assertThat(engine.calls).first().isEqualTo("poll " + arn + " w1 PT1M");
  }

  @Test
  void pollingAnUnknownActivityIsActivityDoesNotExist() {
    fails(
        service.getActivityTask(PREFIX + "activity:nope", null),
        "ActivityDoesNotExist",
        "Activity Does Not Exist: '" + PREFIX + "activity:nope'");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void taskAnswersGoToTheEngineAndOutputMustBeJson() {
    String first = "0b6c4bb6-3f3a-4d2e-9a59-6f1e2f0a4a01";
    String second = "0b6c4bb6-3f3a-4d2e-9a59-6f1e2f0a4a02";
    String third = "0b6c4bb6-3f3a-4d2e-9a59-6f1e2f0a4a03";
    ok(service.sendTaskSuccess(first, "{\"done\":true}"));
    ok(service.sendTaskFailure(second, "E", "C"));
    var heartbeat = service.sendTaskHeartbeat(third);

    assertThat(heartbeat.failure().code()).isEqualTo("TaskDoesNotExist");
    assertThat(engine.calls)
        .containsExactly(
            "succeed " + first + " {\"done\":true}",
            "fail " + second + " E C",
            "heartbeat " + third);
    assertThat(service.sendTaskSuccess(first, "{oops").failure().code()).isEqualTo("InvalidOutput");
  }

  @Test
  void aTokenSluiceCannotHaveHandedOutIsInvalidBeforeItsOutputIsLookedAt() {
    assertThat(service.sendTaskSuccess("NoSuchTaskToken", "not json").failure().code())
        .isEqualTo("InvalidToken");
    assertThat(service.sendTaskFailure("NoSuchTaskToken", "E", "C").failure().message())
        .isEqualTo("Invalid Token: 'Invalid token'");
    assertThat(engine.calls).isEmpty();
  }
}
