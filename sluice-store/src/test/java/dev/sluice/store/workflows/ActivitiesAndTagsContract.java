package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.PREFIX;
import static dev.sluice.store.workflows.Workflows.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.StoreFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Activities and the tags of machines and activities. */
public abstract class ActivitiesAndTagsContract extends StoreFixture {
  private WorkflowStore workflows;

  @BeforeEach
  void workflows() {
    workflows = store.workflows();
  }

  private static ActivityRecord activity(String name) {
    return new ActivityRecord(PREFIX + "activity:" + name, name, T0);
  }

  @Test
  void insertsAnActivityOnceWithItsTags() {
    assertThat(workflows.insertActivity(activity("a"), Map.of("k", "v"))).isTrue();
    assertThat(workflows.insertActivity(activity("a"), Map.of("k", "other"))).isFalse();

    assertThat(workflows.findActivity(activity("a").arn())).contains(activity("a"));
    assertThat(workflows.tags(activity("a").arn())).isEqualTo(Map.of("k", "v"));
  }

  @Test
  void listsActivitiesInArnOrderAfterAnArn() {
    for (String name : List.of("c", "a", "b")) {
      workflows.insertActivity(activity(name), Map.of());
    }

    assertThat(workflows.listActivities(null, 10))
        .extracting(ActivityRecord::name)
        .containsExactly("a", "b", "c");
    assertThat(workflows.listActivities(activity("a").arn(), 1))
        .extracting(ActivityRecord::name)
        .containsExactly("b");
  }

  @Test
  void deletesAnActivityWithItsTags() {
    workflows.insertActivity(activity("a"), Map.of("k", "v"));

    workflows.deleteActivity(activity("a").arn());

    assertThat(workflows.findActivity(activity("a").arn())).isEmpty();
    assertThat(workflows.tags(activity("a").arn())).isEmpty();
  }

  @Test
  void putsReplacesAndRemovesTags() {
    String arn = activity("a").arn();
    workflows.putTags(arn, Map.of("a", "1", "b", "2"));
    workflows.putTags(arn, Map.of("b", "3", "c", "4"));

    assertThat(workflows.tags(arn)).isEqualTo(Map.of("a", "1", "b", "3", "c", "4"));

    workflows.removeTags(arn, List.of("a", "missing"));
    workflows.removeTags(arn, List.of());

    assertThat(workflows.tags(arn)).isEqualTo(Map.of("b", "3", "c", "4"));
    assertThat(workflows.tags(PREFIX + "activity:untagged")).isEmpty();
  }

  @Test
  void concurrentTaggersOfOneKeyLeaveOneValue() throws Exception {
    String arn = activity("a").arn();
    try (var pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> done =
          List.of(0, 1, 2, 3).stream()
              .<Future<?>>map(
                  n ->
                      pool.submit(
                          () -> {
                            for (int i = 0; i < 25; i++) {
                              workflows.putTags(arn, Map.of("k", n + "-" + i));
                            }
                          }))
              .toList();
      for (Future<?> f : done) {
        f.get();
      }
    }

    assertThat(workflows.tags(arn)).containsOnlyKeys("k");
    assertThat(workflows.tags(arn).get("k")).endsWith("-24");
  }
}
