package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.defaults;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.pipelines.ForwardingCatalog;
import dev.sluice.core.pipelines.MemoryPipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.RunObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentAdvanceTest {
  @TempDir Path root;

  /** A catalog where another advance commits first whenever a commit is tried. */
  static final class RacingCatalog extends ForwardingCatalog {
    Runnable rival = () -> {};
    final AtomicInteger lost = new AtomicInteger();
    private boolean racing;

    RacingCatalog(MemoryPipelineCatalog memory) {
      super(memory);
    }

    @Override
    public boolean commit(PipelineChange change) {
      if (!racing) {
        racing = true;
        try {
          rival.run();
        } finally {
          racing = false;
        }
      }
      boolean committed = memory.commit(change);
      if (!committed) {
        lost.incrementAndGet();
      }
      return committed;
    }
  }

  private static String hourly(RunHarness harness) {
    return harness.create(
        defaults(text("scheduleType", "timeseries"), ref("schedule", "Hourly")),
        object(
            "Hourly",
            "Schedule",
            text("period", "1 hour"),
            text("startDateTime", "2026-11-20T12:00:00")),
        shell("Tick", "date", text("workerGroup", "wg")),
        shell("Tock", "date", text("workerGroup", "wg"), ref("dependsOn", "Tick")));
  }

  @Test
  void replansAfterLosingARaceAndMakesEveryInstanceOnce() {
    var harness = new RunHarness(root);
    var racing = new RacingCatalog(harness.catalog);
    var runner =
        new PipelineRunner(
            racing,
            harness.work,
            harness.clock,
            harness.logs,
            root,
            EventSignal.none(),
            RunLanguage.standard());
    var id = hourly(harness);
    harness.activate(id);
    var advance = harness.outbox(0);
    racing.rival = () -> runner.consumer().deliver(advance);

    assertThat(runner.consumer().deliver(advance).isOk()).isTrue();

    assertThat(racing.lost.get()).isGreaterThan(0);
    var ids = harness.catalog.runObjects(id).stream().map(RunObject::id).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(30);
    assertThat(ids).filteredOn(i -> i.contains("Attempt")).hasSize(10);
  }

  @Test
  void makesEveryInstanceOnceWhenManyAdvancesRunAtOnce() throws Exception {
    var harness = new RunHarness(root);
    var id = hourly(harness);
    harness.activate(id);
    harness.clock.advance(Duration.ofMinutes(1));
    var advance = harness.outbox(0);
    var barrier = new CyclicBarrier(4);
    var deliveries = new ArrayList<CompletableFuture<Boolean>>();
    for (int i = 0; i < 4; i++) {
      deliveries.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  barrier.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return harness.runner.consumer().deliver(advance).isOk();
              }));
    }
    for (var delivery : deliveries) {
      assertThat(delivery.get()).isTrue();
    }

    var objects = harness.catalog.runObjects(id);
    assertThat(objects).extracting(RunObject::id).doesNotHaveDuplicates().hasSize(30);
    assertThat(
            harness.events(PipelineEvents.ADVANCE).stream()
                .filter(e -> e.due().equals(java.time.Instant.parse("2026-11-20T23:00:00Z")))
                .count())
        .isEqualTo(1);
  }
}
