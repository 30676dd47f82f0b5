package dev.sluice.store.jobs;

import static dev.sluice.store.jobs.Jobs.bare;
import static dev.sluice.store.jobs.Jobs.bareRun;
import static dev.sluice.store.jobs.Jobs.full;
import static dev.sluice.store.jobs.Jobs.run;
import static dev.sluice.store.jobs.Jobs.runId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.store.StoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobCatalog} does with job definitions: keeps every member, refuses a second job
 * of a name, replaces and deletes (with the runs), lists by name a page at a time.
 */
public abstract class JobDefinitionsContract extends StoreFixture {
  protected JobCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.jobs();
  }

  @Test
  void keepsEveryMemberOfAJobIncludingTextBeyondAscii() {
    assertThat(catalog.insert(full("word-count"))).isTrue();

    assertThat(catalog.find("word-count")).contains(full("word-count"));
    assertThat(catalog.find("word-count").orElseThrow().maxCapacity()).isEqualTo(0.0625);
    assertThat(catalog.find("word-count").orElseThrow().tags()).containsEntry("環境", "テスト");
    assertThat(catalog.find("other")).isEmpty();
  }

  @Test
  void keepsAbsentMembersAbsentAndEmptyMapsEmpty() {
    catalog.insert(bare("bare"));

    var found = catalog.find("bare").orElseThrow();

    assertThat(found).isEqualTo(bare("bare"));
    assertThat(found.maxConcurrentRuns()).isNull();
    assertThat(found.maxCapacity()).isNull();
    assertThat(found.jobRunQueuingEnabled()).isNull();
    assertThat(found.defaultArguments()).isEmpty();
    assertThat(found.tags()).isEmpty();
  }

  @Test
  void refusesASecondJobOfTheSameNameAndKeepsTheFirst() {
    catalog.insert(full("word-count"));

    assertThat(catalog.insert(bare("word-count"))).isFalse();
    assertThat(catalog.find("word-count")).contains(full("word-count"));
  }

  @Test
  void concurrentCreatorsOfOneNameHaveExactlyOneWinner() throws Exception {
    int threads = 6;
    var barrier = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var answers = new ArrayList<Future<Boolean>>();
      for (int i = 0; i < threads; i++) {
        String description = "creator-" + i;
        answers.add(
            pool.submit(
                () -> {
                  barrier.await();
                  return catalog.insert(described(bare("race"), description));
                }));
      }
      var winners = new ArrayList<Integer>();
      for (int i = 0; i < threads; i++) {
        if (answers.get(i).get()) {
          winners.add(i);
        }
      }
      assertThat(winners).hasSize(1);
      assertThat(catalog.find("race").orElseThrow().description())
          .isEqualTo("creator-" + winners.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void replacesTheStoredJobOfTheNameAndNoOther() {
    catalog.insert(full("a"));
    catalog.insert(full("b"));

    assertThat(catalog.replace(bare("a"))).isTrue();
    assertThat(catalog.replace(bare("missing"))).isFalse();

    assertThat(catalog.find("a")).contains(bare("a"));
    assertThat(catalog.find("b")).contains(full("b"));
    assertThat(catalog.find("missing")).isEmpty();
  }

  @Test
  void deletesAJobWithAllItsRunsAndLeavesOtherJobsAlone() {
    catalog.insert(full("a"));
    catalog.insert(full("b"));
    catalog.insertRun(run("a", runId(1), JobRunState.RUNNING, Jobs.CREATED), 5, List.of());
    catalog.insertRun(run("a", runId(2), JobRunState.STARTING, Jobs.CREATED), 5, List.of());
    catalog.insertRun(bareRun("b", runId(3), Jobs.CREATED), 5, List.of());

    assertThat(catalog.delete("a")).isTrue();

    assertThat(catalog.find("a")).isEmpty();
    assertThat(catalog.runs("a", 0, 10)).isEmpty();
    assertThat(catalog.findRun("a", runId(1))).isEmpty();
    assertThat(catalog.activeRuns()).extracting(r -> r.id()).containsExactly(runId(3));
    assertThat(catalog.find("b")).isPresent();
    assertThat(catalog.delete("a")).isFalse();
    assertThat(catalog.insert(bare("a"))).isTrue();
    assertThat(catalog.runs("a", 0, 10)).isEmpty();
  }

  @Test
  void listsJobsInNameOrderAPageAtATime() {
    for (String name : List.of("delta", "alpha", "echo", "charlie", "bravo")) {
      catalog.insert(bare(name));
    }

    assertThat(catalog.list(null, 2))
        .extracting(JobDefinition::name)
        .containsExactly("alpha", "bravo");
    assertThat(catalog.list("bravo", 2))
        .extracting(JobDefinition::name)
        .containsExactly("charlie", "delta");
    assertThat(catalog.list("delta", 2)).extracting(JobDefinition::name).containsExactly("echo");
    assertThat(catalog.list("cobalt", 10))
        .extracting(JobDefinition::name)
        .containsExactly("delta", "echo");
    assertThat(catalog.list("echo", 10)).isEmpty();
    assertThat(catalog.list(null, 10)).element(0).isEqualTo(bare("alpha"));
  }

  @Test
  void keepsJobsAcrossReopening() {
    catalog.insert(full("word-count"));
    catalog.insert(bare("bare"));
    catalog.replace(described(full("word-count"), "changed"));

    reopen();
    var reopened = store.jobs();

    assertThat(reopened.find("word-count")).contains(described(full("word-count"), "changed"));
    assertThat(reopened.find("bare")).contains(bare("bare"));
    assertThat(reopened.insert(bare("bare"))).isFalse();
  }

  private static JobDefinition described(JobDefinition job, String description) {
    return new JobDefinition(
        job.name(),
        description,
        job.logUri(),
        job.role(),
        job.createdOn(),
        job.lastModifiedOn(),
        job.command(),
        job.defaultArguments(),
        job.nonOverridableArguments(),
        job.maxConcurrentRuns(),
        job.maxRetries(),
        job.allocatedCapacity(),
        job.timeout(),
        job.maxCapacity(),
        job.workerType(),
        job.numberOfWorkers(),
        job.securityConfiguration(),
        job.glueVersion(),
        job.executionClass(),
        job.jobMode(),
        job.jobRunQueuingEnabled(),
        job.maintenanceWindow(),
        job.documents(),
        job.tags());
  }
}
