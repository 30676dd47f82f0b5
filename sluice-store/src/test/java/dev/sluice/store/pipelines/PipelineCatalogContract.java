package dev.sluice.store.pipelines;

import static dev.sluice.store.pipelines.Pipelines.advance;
import static dev.sluice.store.pipelines.Pipelines.attempt;
import static dev.sluice.store.pipelines.Pipelines.deleted;
import static dev.sluice.store.pipelines.Pipelines.fresh;
import static dev.sluice.store.pipelines.Pipelines.full;
import static dev.sluice.store.pipelines.Pipelines.instance;
import static dev.sluice.store.pipelines.Pipelines.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.store.StoreFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PipelineCatalog} does: idempotent creation, compare-and-set changes committed
 * with their run objects and events, and the lookups the runner and the task runners need.
 */
public abstract class PipelineCatalogContract extends StoreFixture {
  protected PipelineCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.pipelines();
  }

  private List<OutboxEvent> pending() {
    return store.outbox().list(EventStatus.PENDING, 0, 100);
  }

  private static PipelineChange change(
      StoredPipeline updated, List<RunObject> upserts, List<ScheduledEvent> events) {
    return new PipelineChange(updated, updated.revision() - 1, upserts, false, events);
  }

  @Test
  void keepsEveryPartOfAPipelineRecord() {
    var stored = catalog.insertOrExisting(full("df-FULL"));

    assertThat(stored).isEqualTo(full("df-FULL"));
    assertThat(catalog.find("df-FULL")).contains(full("df-FULL"));
    assertThat(catalog.find("df-NONE")).isEmpty();
  }

  @Test
  void answersTheStoredPipelineForTheSameNameAndUniqueId() {
    var first = catalog.insertOrExisting(fresh("df-A", "n", "u"));

    var again = catalog.insertOrExisting(fresh("df-B", "n", "u"));
    var otherToken = catalog.insertOrExisting(fresh("df-C", "n", "v"));

    assertThat(first.id()).isEqualTo("df-A");
    assertThat(again).isEqualTo(first);
    assertThat(otherToken.id()).isEqualTo("df-C");
    assertThat(catalog.find("df-B")).isEmpty();
  }

  @Test
  void createsAgainWhatWasDeletedAnyNumberOfTimes() {
    var first = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    assertThat(catalog.commit(PipelineChange.of(deleted(first), 0))).isTrue();
    var second = catalog.insertOrExisting(fresh("df-B", "n", "u"));
    assertThat(catalog.commit(PipelineChange.of(deleted(second), 0))).isTrue();

    var third = catalog.insertOrExisting(fresh("df-C", "n", "u"));

    assertThat(List.of(second.id(), third.id())).containsExactly("df-B", "df-C");
    assertThat(catalog.insertOrExisting(fresh("df-D", "n", "u")).id()).isEqualTo("df-C");
    assertThat(catalog.find("df-A").orElseThrow().deleted()).isTrue();
    assertThat(catalog.find("df-A").orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void concurrentCreatorsOfOneNameAndUniqueIdAllGetTheSamePipeline() throws Exception {
    int threads = 6;
    var barrier = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var answers = new ArrayList<Future<StoredPipeline>>();
      for (int i = 0; i < threads; i++) {
        String id = "df-T" + i;
        answers.add(
            pool.submit(
                () -> {
                  barrier.await();
                  return catalog.insertOrExisting(fresh(id, "n", "u"));
                }));
      }
      var ids = new ArrayList<String>();
      for (var answer : answers) {
        ids.add(answer.get().id());
      }
      assertThat(Set.copyOf(ids)).hasSize(1);
      assertThat(catalog.list(null, 100))
          .extracting(StoredPipeline::id)
          .isEqualTo(ids.subList(0, 1));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void commitsNothingWhenTheRevisionMovedOn() {
    var p = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    var won = next(p, "@healthStatus", "HEALTHY");
    assertThat(catalog.commit(PipelineChange.of(won, 0))).isTrue();

    var late = next(p, "@healthStatus", "ERROR");
    var lost =
        new PipelineChange(
            late,
            0,
            List.of(instance("df-A", "@I_1", "RUNNING")),
            false,
            List.of(new ScheduledEvent(advance("df-A"), clock.now())));

    assertThat(catalog.commit(lost)).isFalse();
    assertThat(catalog.find("df-A")).contains(won);
    assertThat(catalog.runObjects("df-A")).isEmpty();
    assertThat(pending()).isEmpty();
    assertThat(catalog.commit(PipelineChange.of(next(p, "x", "y"), 7))).isFalse();
    assertThat(catalog.commit(PipelineChange.of(fresh("df-NONE", "m", "u"), 0))).isFalse();
  }

  @Test
  void concurrentCommittersHaveExactlyOneWinnerPerRevision() throws Exception {
    catalog.insertOrExisting(fresh("df-A", "n", "u"));
    int threads = 4;
    int commitsEach = 10;
    var winners = new ConcurrentHashMap<Long, String>();
    var barrier = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var done = new ArrayList<Future<?>>();
      for (int t = 0; t < threads; t++) {
        String name = "writer-" + t;
        done.add(
            pool.submit(
                () -> {
                  barrier.await();
                  for (int won = 0; won < commitsEach; ) {
                    var read = catalog.find("df-A").orElseThrow();
                    int count = Integer.parseInt(read.runtimeFields().getOrDefault("count", "0"));
                    var mine = next(read, "count", Integer.toString(count + 1));
                    if (catalog.commit(PipelineChange.of(mine, read.revision()))) {
                      assertThat(winners.putIfAbsent(mine.revision(), name)).isNull();
                      won++;
                    }
                  }
                  return null;
                }));
      }
      for (var f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    var last = catalog.find("df-A").orElseThrow();
    assertThat(last.revision()).isEqualTo(threads * commitsEach);
    assertThat(last.runtimeFields())
        .containsEntry("count", Integer.toString(threads * commitsEach));
    assertThat(winners).hasSize(threads * commitsEach);
  }

  @Test
  void upsertsReplaceRunObjectsWhereTheyStand() {
    var p = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    var a = instance("df-A", "@A", "WAITING_ON_DEPENDENCIES");
    var b = instance("df-A", "@B", "WAITING_ON_DEPENDENCIES");
    var p1 = next(p, "k", "1");
    catalog.commit(change(p1, List.of(a, b), List.of()));

    var finished = instance("df-A", "@A", "FINISHED");
    var c = attempt("df-A", "@A_Attempt=1", "FINISHED", null, "task-1");
    catalog.commit(change(next(p1, "k", "2"), List.of(c, finished), List.of()));

    assertThat(catalog.runObjects("df-A")).containsExactly(finished, b, c);
    assertThat(catalog.runObject("df-A", "@A")).contains(finished);
    assertThat(catalog.runObject("df-A", "@Z")).isEmpty();
    assertThat(catalog.runObject("df-B", "@A")).isEmpty();
  }

  @Test
  void dropsEveryRunObjectBeforeTheUpsertsWhenAsked() {
    var p = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    var other = catalog.insertOrExisting(fresh("df-B", "n", "v"));
    var p1 = next(p, "k", "1");
    catalog.commit(
        change(
            p1,
            List.of(instance("df-A", "@A", "RUNNING"), instance("df-A", "@B", "RUNNING")),
            List.of()));
    catalog.commit(
        change(next(other, "k", "1"), List.of(instance("df-B", "@A", "RUNNING")), List.of()));

    var rerun = instance("df-A", "@B", "WAITING_ON_DEPENDENCIES");
    assertThat(
            catalog.commit(
                new PipelineChange(next(p1, "k", "2"), 1, List.of(rerun), true, List.of())))
        .isTrue();

    assertThat(catalog.runObjects("df-A")).containsExactly(rerun);
    assertThat(catalog.runObjects("df-B")).hasSize(1);
  }

  @Test
  void findsTheAttemptHandedOutWithATask() {
    var p = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    var handed = attempt("df-A", "@A_Attempt=1", "RUNNING", "wg", "task-7");
    catalog.commit(
        change(
            next(p, "k", "1"),
            List.of(handed, attempt("df-A", "@B_Attempt=1", "WAITING_FOR_RUNNER", "wg", null)),
            List.of()));

    assertThat(catalog.attemptByTask("task-7")).contains(handed);
    assertThat(catalog.attemptByTask("task-8")).isEmpty();
  }

  @Test
  void listsAttemptsWaitingForARunnerOfTheGroupOldestFirst() {
    var a = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    var b = catalog.insertOrExisting(fresh("df-B", "n", "v"));
    var waitingA1 = attempt("df-A", "@1_Attempt=1", "WAITING_FOR_RUNNER", "wg", null);
    var waitingB = attempt("df-B", "@2_Attempt=1", "WAITING_FOR_RUNNER", "wg", null);
    var waitingA2 = attempt("df-A", "@3_Attempt=1", "WAITING_FOR_RUNNER", "wg", null);
    catalog.commit(
        change(
            next(a, "k", "1"),
            List.of(
                waitingA1,
                attempt("df-A", "@4_Attempt=1", "WAITING_FOR_RUNNER", "other", null),
                attempt("df-A", "@5_Attempt=1", "RUNNING", "wg", "task-5")),
            List.of()));
    catalog.commit(change(next(b, "k", "1"), List.of(waitingB), List.of()));
    catalog.commit(
        change(
            next(catalog.find("df-A").orElseThrow(), "k", "2"),
            List.of(waitingA2, instance("df-A", "@6", "WAITING_FOR_RUNNER")),
            List.of()));

    assertThat(catalog.waitingAttempts("wg", 10)).containsExactly(waitingA1, waitingB, waitingA2);
    assertThat(catalog.waitingAttempts("wg", 2)).containsExactly(waitingA1, waitingB);
    assertThat(catalog.waitingAttempts("none", 10)).isEmpty();
  }

  @Test
  void listsLivePipelinesInCreationOrderAPageAtATime() {
    for (String id : List.of("df-Z", "df-M", "df-A", "df-Q")) {
      catalog.insertOrExisting(fresh(id, "n", id));
    }
    catalog.commit(PipelineChange.of(deleted(catalog.find("df-M").orElseThrow()), 0));

    assertThat(catalog.list(null, 2))
        .extracting(StoredPipeline::id)
        .containsExactly("df-Z", "df-A");
    assertThat(catalog.list("df-A", 2)).extracting(StoredPipeline::id).containsExactly("df-Q");
    assertThat(catalog.list("df-M", 5))
        .extracting(StoredPipeline::id)
        .containsExactly("df-A", "df-Q");
    assertThat(catalog.list("df-Q", 5)).isEmpty();
  }

  @Test
  void committedEventsAreClaimableOnceDue() {
    var p = catalog.insertOrExisting(fresh("df-A", "n", "u"));
    var now = advance("df-A");
    var later =
        new NewEvent(
            PipelineEvents.SERVICE, "df-A", PipelineEvents.RUN_ATTEMPT, "{\"attempt\":\"@A\"}");
    catalog.commit(
        change(
            next(p, "k", "1"),
            List.of(),
            List.of(
                new ScheduledEvent(now, clock.now()),
                new ScheduledEvent(later, clock.now().plus(Duration.ofMinutes(5))))));

    assertThat(pending())
        .extracting(OutboxEvent::type, OutboxEvent::nextAttemptAt, OutboxEvent::createdAt)
        .containsExactly(
            tuple(PipelineEvents.ADVANCE, clock.now(), clock.now()),
            tuple(
                PipelineEvents.RUN_ATTEMPT, clock.now().plus(Duration.ofMinutes(5)), clock.now()));
    var services = Set.of(PipelineEvents.SERVICE);
    var first = store.outbox().claimDue("node", services, 10, clock.now(), Duration.ofMinutes(1));
    assertThat(first).extracting(OutboxEvent::type).containsExactly(PipelineEvents.ADVANCE);
    store.outbox().markDelivered(first.get(0).id());
    clock.advance(Duration.ofMinutes(5).minusNanos(1000));
    assertThat(store.outbox().claimDue("node", services, 10, clock.now(), Duration.ofMinutes(1)))
        .isEmpty();
    clock.advance(Duration.ofNanos(1000));
    assertThat(store.outbox().claimDue("node", services, 10, clock.now(), Duration.ofMinutes(1)))
        .extracting(OutboxEvent::target, OutboxEvent::payload)
        .containsExactly(tuple("df-A", "{\"attempt\":\"@A\"}"));
  }

  @Test
  void keepsPipelinesAndRunObjectsAcrossReopening() {
    var p = catalog.insertOrExisting(full("df-A"));
    var updated = next(p, "@nextRunTime", "2026-11-21T00:00:00");
    var objects =
        List.of(
            instance("df-A", "@A", "RUNNING"),
            attempt("df-A", "@A_Attempt=1", "WAITING_FOR_RUNNER", "wg", "task-1"));
    catalog.commit(change(updated, objects, List.of()));

    reopen();
    var reopened = store.pipelines();

    assertThat(reopened.find("df-A")).contains(updated);
    assertThat(reopened.runObjects("df-A")).isEqualTo(objects);
    assertThat(reopened.attemptByTask("task-1")).contains(objects.get(1));
    assertThat(reopened.insertOrExisting(fresh("df-B", "word-count", "token-1")).id())
        .isEqualTo("df-A");
  }
}
