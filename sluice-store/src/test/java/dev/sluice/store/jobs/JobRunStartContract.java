package dev.sluice.store.jobs;

import static dev.sluice.store.jobs.Jobs.atRevision;
import static dev.sluice.store.jobs.Jobs.bare;
import static dev.sluice.store.jobs.Jobs.bareRun;
import static dev.sluice.store.jobs.Jobs.moved;
import static dev.sluice.store.jobs.Jobs.run;
import static dev.sluice.store.jobs.Jobs.runEvent;
import static dev.sluice.store.jobs.Jobs.runId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.store.StoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link JobCatalog} does when a run starts: it keeps the run at revision 0 with its
 * events, and only while the job exists and has fewer active runs than allowed.
 */
public abstract class JobRunStartContract extends StoreFixture {
  private static final Instant STARTED = Instant.parse("2026-11-21T08:00:00.123456789Z");

  protected JobCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.jobs();
  }

  private List<OutboxEvent> pending() {
    return store.outbox().list(EventStatus.PENDING, 0, 100);
  }

  @Test
  void keepsEveryMemberOfARunAtRevisionZero() {
    catalog.insert(bare("job"));
    var full = atRevision(run("job", runId(1), JobRunState.RUNNING, STARTED), 7);
    var minimal = bareRun("job", runId(2), STARTED);

    assertThat(catalog.insertRun(full, 10, List.of())).isTrue();
    assertThat(catalog.insertRun(minimal, 10, List.of())).isTrue();

    assertThat(catalog.findRun("job", runId(1))).contains(atRevision(full, 0));
    assertThat(catalog.findRun("job", runId(2))).contains(minimal);
    var read = catalog.findRun("job", runId(2)).orElseThrow();
    assertThat(read.previousRunId()).isNull();
    assertThat(read.executionTime()).isNull();
    assertThat(read.maxCapacity()).isNull();
    assertThat(read.arguments()).isEmpty();
    assertThat(catalog.findRun("job", runId(3))).isEmpty();
    assertThat(catalog.findRun("other", runId(1))).isEmpty();
  }

  @Test
  void commitsTheEventsOfAStartWithTheRun() {
    catalog.insert(bare("job"));
    var run = bareRun("job", runId(1), STARTED);

    catalog.insertRun(run, 1, List.of(runEvent(run)));

    assertThat(pending())
        .extracting(
            OutboxEvent::service,
            OutboxEvent::target,
            OutboxEvent::type,
            OutboxEvent::payload,
            OutboxEvent::createdAt)
        .containsExactly(tuple(JobEvents.SERVICE, "job", JobEvents.RUN, runId(1), clock.now()));
    var claimed =
        store
            .outbox()
            .claimDue("node", Set.of(JobEvents.SERVICE), 10, clock.now(), Duration.ofMinutes(1));
    assertThat(claimed).extracting(OutboxEvent::payload).containsExactly(runId(1));
  }

  @Test
  void startsNoRunOfAJobThatDoesNotExist() {
    var run = bareRun("missing", runId(1), STARTED);

    assertThat(catalog.insertRun(run, 5, List.of(runEvent(run)))).isFalse();

    assertThat(catalog.findRun("missing", runId(1))).isEmpty();
    assertThat(catalog.activeRuns()).isEmpty();
    assertThat(pending()).isEmpty();
  }

  @Test
  void startsRunsUntilTheJobHasAsManyActiveRunsAsAllowed() {
    catalog.insert(bare("job"));
    catalog.insert(bare("other"));
    var first = bareRun("job", runId(1), STARTED);
    var second = bareRun("job", runId(2), STARTED.plusSeconds(1));
    var third = bareRun("job", runId(3), STARTED.plusSeconds(2));

    assertThat(catalog.insertRun(first, 2, List.of(runEvent(first)))).isTrue();
    assertThat(catalog.insertRun(second, 2, List.of(runEvent(second)))).isTrue();
    assertThat(catalog.insertRun(third, 2, List.of(runEvent(third)))).isFalse();

    assertThat(catalog.findRun("job", runId(3))).isEmpty();
    assertThat(pending()).extracting(OutboxEvent::payload).containsExactly(runId(1), runId(2));
    assertThat(catalog.insertRun(bareRun("other", runId(4), STARTED), 1, List.of())).isTrue();
    assertThat(catalog.insertRun(bareRun("other", runId(5), STARTED), 0, List.of())).isFalse();

    var ended = moved(first, JobRunState.SUCCEEDED, STARTED.plusSeconds(3), null);
    assertThat(catalog.updateRun(ended, List.of())).isTrue();
    assertThat(catalog.insertRun(third, 2, List.of(runEvent(third)))).isTrue();
    assertThat(catalog.runs("job", 0, 10)).extracting(JobRun::id).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(JobRunState.class)
  void countsARunAsActiveUntilItHasEnded(JobRunState state) {
    catalog.insert(bare("job"));
    var run = bareRun("job", runId(1), STARTED);
    catalog.insertRun(run, 1, List.of());
    catalog.updateRun(moved(run, state, STARTED.plusSeconds(5), null), List.of());

    boolean started = catalog.insertRun(bareRun("job", runId(2), STARTED), 1, List.of());

    assertThat(started).isEqualTo(state.terminal());
    assertThat(catalog.activeRuns()).hasSize(1);
  }

  @Test
  void concurrentStartersOfTheLastAllowedRunHaveExactlyOneWinner() throws Exception {
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 5; round++) {
        String job = "job-" + round;
        catalog.insert(bare(job));
        catalog.insertRun(bareRun(job, runId(1000 + round), STARTED), 2, List.of());
        var winners = race(pool, threads, job, round * 100);

        assertThat(winners).hasSize(1);
        assertThat(catalog.runs(job, 0, 10))
            .extracting(JobRun::id)
            .containsExactlyInAnyOrder(runId(1000 + round), winners.get(0));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(pending()).hasSize(5);
  }

  /** Starts one run per thread at once with at most 2 active; answers the ids that started. */
  private List<String> race(ExecutorService pool, int threads, String job, int firstId)
      throws Exception {
    var barrier = new CyclicBarrier(threads);
    var answers = new ArrayList<Future<Boolean>>();
    for (int i = 0; i < threads; i++) {
      var run = bareRun(job, runId(firstId + i), STARTED.plusMillis(i));
      answers.add(
          pool.submit(
              () -> {
                barrier.await();
                return catalog.insertRun(run, 2, List.of(runEvent(run)));
              }));
    }
    var winners = new ArrayList<String>();
    for (int i = 0; i < threads; i++) {
      if (answers.get(i).get()) {
        winners.add(runId(firstId + i));
      }
    }
    return winners;
  }
}
