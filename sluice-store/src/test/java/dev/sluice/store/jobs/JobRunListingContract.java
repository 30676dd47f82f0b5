package dev.sluice.store.jobs;

import static dev.sluice.store.jobs.Jobs.atRevision;
import static dev.sluice.store.jobs.Jobs.bare;
import static dev.sluice.store.jobs.Jobs.bareRun;
import static dev.sluice.store.jobs.Jobs.moved;
import static dev.sluice.store.jobs.Jobs.run;
import static dev.sluice.store.jobs.Jobs.runId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.store.StoreFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobCatalog} answers about runs: a job's runs newest first a page at a time, the
 * runs of every job that have not ended oldest first, and the same after reopening.
 */
public abstract class JobRunListingContract extends StoreFixture {
  private static final Instant T = Instant.parse("2026-11-21T08:00:00Z");

  protected JobCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.jobs();
    catalog.insert(bare("a"));
    catalog.insert(bare("b"));
  }

  private JobRun start(String job, int id, Instant startedOn) {
    var run = bareRun(job, runId(id), startedOn);
    assertThat(catalog.insertRun(run, 100, List.of())).isTrue();
    return run;
  }

  private JobRun end(JobRun run, JobRunState state) {
    var ended = moved(run, state, run.startedOn().plusSeconds(60), null);
    assertThat(catalog.updateRun(ended, List.of())).isTrue();
    return atRevision(ended, run.revision() + 1);
  }

  @Test
  void listsAJobsRunsNewestFirstAPageAtATime() {
    start("a", 3, T.plusMillis(3));
    start("a", 1, T.plusMillis(1));
    start("b", 9, T.plusMillis(10));
    start("a", 4, T.plusMillis(4));
    start("a", 2, T.plusMillis(2));
    end(start("a", 5, T.plusMillis(4)), JobRunState.SUCCEEDED);

    assertThat(catalog.runs("a", 0, 3))
        .extracting(JobRun::id)
        .containsExactly(runId(5), runId(4), runId(3));
    assertThat(catalog.runs("a", 3, 3)).extracting(JobRun::id).containsExactly(runId(2), runId(1));
    assertThat(catalog.runs("a", 5, 3)).isEmpty();
    assertThat(catalog.runs("b", 0, 10)).extracting(JobRun::id).containsExactly(runId(9));
    assertThat(catalog.runs("missing", 0, 10)).isEmpty();
    assertThat(catalog.runs("a", 0, 10).get(0).state()).isEqualTo(JobRunState.SUCCEEDED);
  }

  @Test
  void listsTheRunsOfEveryJobThatHaveNotEndedOldestFirst() {
    var a1 = start("a", 1, T.plusMillis(1));
    var b2 = start("b", 2, T.plusMillis(2));
    var a3 = start("a", 3, T.plusMillis(3));
    var b4 = start("b", 4, T.plusMillis(4));
    var a5 = start("a", 5, T.plusMillis(5));
    var a0 = start("a", 6, T);
    end(a1, JobRunState.SUCCEEDED);
    end(b4, JobRunState.TIMEOUT);
    var stopping = moved(a3, JobRunState.STOPPING, T.plusSeconds(1), null);
    catalog.updateRun(stopping, List.of());
    var waiting = moved(b2, JobRunState.WAITING, T.plusSeconds(1), null);
    catalog.updateRun(waiting, List.of());

    assertThat(catalog.activeRuns())
        .containsExactly(a0, atRevision(waiting, 1), atRevision(stopping, 1), a5);

    end(a0, JobRunState.STOPPED);
    assertThat(catalog.activeRuns()).extracting(JobRun::id).doesNotContain(runId(6)).hasSize(3);
  }

  @Test
  void keepsRunsAndTheirRevisionsAcrossReopening() {
    var full = run("a", runId(1), JobRunState.RUNNING, T);
    catalog.insertRun(full, 5, List.of());
    var ended = end(full, JobRunState.ERROR);
    var active = start("a", 2, T.plusSeconds(1));

    reopen();
    var reopened = store.jobs();

    assertThat(reopened.findRun("a", runId(1))).contains(ended);
    assertThat(reopened.runs("a", 0, 10)).containsExactly(active, ended);
    assertThat(reopened.activeRuns()).containsExactly(active);
    var stale = moved(full, JobRunState.RUNNING, T.plusSeconds(2), null);
    assertThat(reopened.updateRun(stale, List.of())).isFalse();
    assertThat(reopened.insertRun(bareRun("a", runId(3), T), 1, List.of())).isFalse();
    assertThat(reopened.updateRun(moved(ended, JobRunState.ERROR, T, "again"), List.of())).isTrue();
    assertThat(reopened.findRun("a", runId(1)).orElseThrow().revision()).isEqualTo(2);
  }
}
