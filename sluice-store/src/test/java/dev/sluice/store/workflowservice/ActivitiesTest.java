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
    ok(service.sendTaskSuccess("tok", "{\"done\":true}"));
    ok(service.sendTaskFailure("tok2", "E", "C"));
    var heartbeat = service.sendTaskHeartbeat("tok3");

    assertThat(heartbeat.failure().code()).isEqualTo("TaskDoesNotExist");
    assertThat(engine.calls)
        .containsExactly("succeed tok {\"done\":true}", "fail tok2 E C", "heartbeat tok3");
    assertThat(service.sendTaskSuccess("tok", "{oops").failure().code()).isEqualTo("InvalidOutput");
  }
}
