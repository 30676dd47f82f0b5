package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.bareEvent;
import static dev.sluice.store.workflows.Workflows.event;
import static dev.sluice.store.workflows.Workflows.execution;
import static dev.sluice.store.workflows.Workflows.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.StoreFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a history a page at a time, oldest or newest first. */
public abstract class HistoryPagingContract extends StoreFixture {
  private WorkflowStore workflows;
  private ExecutionRecord run;

  @BeforeEach
  void tenEvents() {
    workflows = store.workflows();
    run = execution("m", "run", T0);
    workflows.insertExecution(run, List.of(event(1, "ExecutionStarted")), List.of());
    List<HistoryEvent> more = new ArrayList<>();
    for (long id = 2; id <= 10; id++) {
      more.add(id % 2 == 0 ? event(id, "PassStateEntered") : bareEvent(id, "PassStateExited"));
    }
    workflows.progress(step(run.arn(), more, List.of()));
    ExecutionRecord other = execution("m", "other", T0);
    workflows.insertExecution(other, List.of(event(1, "ExecutionStarted")), List.of());
  }

  private static List<Long> ids(List<HistoryEvent> events) {
    return events.stream().map(HistoryEvent::id).toList();
  }

  @Test
  void pagesForwardAfterAnId() {
    assertThat(ids(workflows.history(run.arn(), 0, 4))).containsExactly(1L, 2L, 3L, 4L);
    assertThat(ids(workflows.history(run.arn(), 4, 4))).containsExactly(5L, 6L, 7L, 8L);
    assertThat(ids(workflows.history(run.arn(), 8, 4))).containsExactly(9L, 10L);
    assertThat(workflows.history(run.arn(), 10, 4)).isEmpty();
  }

  @Test
  void pagesBackwardBeforeAnId() {
    assertThat(ids(workflows.historyReversed(run.arn(), Long.MAX_VALUE, 4)))
        .containsExactly(10L, 9L, 8L, 7L);
    assertThat(ids(workflows.historyReversed(run.arn(), 7, 4))).containsExactly(6L, 5L, 4L, 3L);
    assertThat(ids(workflows.historyReversed(run.arn(), 3, 4))).containsExactly(2L, 1L);
  }

  @Test
  void readsEventsBackEqualWithAndWithoutDetails() {
    assertThat(workflows.history(run.arn(), 1, 2))
        .containsExactly(event(2, "PassStateEntered"), bareEvent(3, "PassStateExited"));
    assertThat(workflows.lastEventId(run.arn())).isEqualTo(10);
    assertThat(workflows.lastEventId(Workflows.executionArn("m", "none"))).isZero();
  }
}
