package dev.sluice.store.jobs;

import static dev.sluice.store.jobs.Jobs.atRevision;
import static dev.sluice.store.jobs.Jobs.bare;
import static dev.sluice.store.jobs.Jobs.moved;
import static dev.sluice.store.jobs.Jobs.run;
import static dev.sluice.store.jobs.Jobs.runEvent;
import static dev.sluice.store.jobs.Jobs.runId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.store.StoreFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobCatalog} does when a run changes: compare-and-set on the run's revision, the
 * change and its events committed together or not at all.
 */
public abstract class JobRunUpdateContract extends StoreFixture {
  private static final Instant STARTED = Instant.parse("2026-11-21T08:00:00.5Z");

  protected JobCatalog catalog;
  private JobRun started;

  @BeforeEach
  void startARun() {
    catalog = store.jobs();
    catalog.insert(bare("job"));
    started = run("job", runId(1), JobRunState.STARTING, STARTED);
    catalog.insertRun(started, 1, List.of());
  }

  private List<OutboxEvent> pending() {
    return store.outbox().list(EventStatus.PENDING, 0, 100);
  }

  private static NewEvent note(String payload) {
    return new NewEvent(JobEvents.SERVICE, "job", "RunChanged", payload);
  }

  @Test
  void storesTheChangeAtTheNextRevisionWithItsEvents() {
    var running = moved(started, JobRunState.RUNNING, STARTED.plusSeconds(2), null);

    assertThat(catalog.updateRun(running, List.of(runEvent(running), note("running")))).isTrue();

    assertThat(catalog.findRun("job", runId(1))).contains(atRevision(running, 1));
    assertThat(pending()).extracting(OutboxEvent::payload).containsExactly(runId(1), "running");

    var failed = moved(atRevision(running, 1), JobRunState.FAILED, STARTED.plusSeconds(65), "boom");
    assertThat(catalog.updateRun(failed, List.of())).isTrue();
    var read = catalog.findRun("job", runId(1)).orElseThrow();
    assertThat(read).isEqualTo(atRevision(failed, 2));
    assertThat(read.executionTime()).isEqualTo(65);
    assertThat(read.completedOn()).isEqualTo(STARTED.plusSeconds(65));
    assertThat(read.errorMessage()).isEqualTo("boom");
  }

  @Test
  void aChangeFromAStaleRevisionWritesNothing() {
    var winner = moved(started, JobRunState.RUNNING, STARTED.plusSeconds(1), null);
    catalog.updateRun(winner, List.of(note("winner")));

    var loser = moved(started, JobRunState.STOPPING, STARTED.plusSeconds(2), null);
    assertThat(catalog.updateRun(loser, List.of(note("loser")))).isFalse();
    var ahead = moved(atRevision(winner, 5), JobRunState.FAILED, STARTED.plusSeconds(3), "x");
    assertThat(catalog.updateRun(ahead, List.of(note("ahead")))).isFalse();

    assertThat(catalog.findRun("job", runId(1))).contains(atRevision(winner, 1));
    assertThat(pending()).extracting(OutboxEvent::payload).containsExactly("winner");
  }

  @Test
  void changesNoRunThatIsNotStored() {
    var unknown = run("job", runId(2), JobRunState.RUNNING, STARTED);
    var otherJob = run("other", runId(1), JobRunState.RUNNING, STARTED);

    assertThat(catalog.updateRun(unknown, List.of(note("unknown")))).isFalse();
    assertThat(catalog.updateRun(otherJob, List.of(note("other")))).isFalse();
    catalog.delete("job");
    assertThat(catalog.updateRun(started, List.of(note("deleted")))).isFalse();

    assertThat(catalog.findRun("job", runId(2))).isEmpty();
    assertThat(pending()).isEmpty();
  }

  @Test
  void concurrentChangersHaveExactlyOneWinnerPerRevision() throws Exception {
    int threads = 4;
    int winsEach = 5;
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
                  for (int won = 0; won < winsEach; ) {
                    var read = catalog.findRun("job", runId(1)).orElseThrow();
                    var mine =
                        moved(read, JobRunState.RUNNING, STARTED, name + "@" + read.revision());
                    if (catalog.updateRun(mine, List.of(note(mine.errorMessage())))) {
                      assertThat(winners.putIfAbsent(read.revision() + 1, name)).isNull();
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

    var last = catalog.findRun("job", runId(1)).orElseThrow();
    assertThat(last.revision()).isEqualTo(threads * winsEach);
    assertThat(winners).hasSize(threads * winsEach);
    assertThat(pending()).hasSize(threads * winsEach);
    assertThat(last.errorMessage())
        .isEqualTo(winners.get(last.revision()) + "@" + (last.revision() - 1));
  }
}
