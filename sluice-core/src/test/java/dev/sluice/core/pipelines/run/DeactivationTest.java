package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.defaults;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeactivationTest {
  static final String SLOW = "@Slow_2026-11-20T22:15:00";
  static final String NEXT = "@Next_2026-11-20T22:15:00";

  @TempDir Path root;

  @Test
  void cancelsWaitingInstancesAndMakesThePipelineInactive() {
    var harness = new RunHarness(root);
    harness.work.failing("Slow", 1, "first try fails");
    var id =
        harness.create(
            onDemand(), shell("Slow", "sleep 1"), shell("Next", "true", ref("dependsOn", "Slow")));
    harness.start(id);

    assertThat(harness.runner.deactivate(harness.pipeline(id), true).isOk()).isTrue();

    assertThat(harness.state(id)).isEqualTo("INACTIVE");
    assertThat(harness.pipeline(id).runtimeFields())
        .containsEntry("@lastDeactivatedTime", "2026-11-20T22:15:00");
    assertThat(harness.status(id, SLOW)).isEqualTo("CANCELED");
    assertThat(harness.status(id, NEXT)).isEqualTo("CANCELED");
    assertThat(harness.field(id, NEXT, "cancellationReason"))
        .contains("The pipeline was deactivated");
    harness.advance(Duration.ofHours(1));
    assertThat(harness.work.callsFor("Slow")).hasSize(1);
  }

  /** Work that runs until the test releases it or the thread is interrupted. */
  private static CountDownLatch blocking(RunHarness harness, CountDownLatch started) {
    var release = new CountDownLatch(1);
    harness.work.custom(
        call -> {
          started.countDown();
          try {
            return release.await(30, TimeUnit.SECONDS)
                ? WorkOutcome.success()
                : WorkOutcome.failure("never released", null);
          } catch (InterruptedException e) {
            return WorkOutcome.failure("interrupted", null);
          }
        });
    return release;
  }

  @Test
  void interruptsARunningAttemptAndKeepsItCanceled() throws Exception {
    var harness = new RunHarness(root);
    var started = new CountDownLatch(1);
    blocking(harness, started);
    var id = harness.create(onDemand(), shell("Slow", "sleep 30"));
    harness.activate(id);
    harness.step();
    var delivery = CompletableFuture.supplyAsync(harness::stepResult);
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(harness.runner.deactivate(harness.pipeline(id), true).isOk()).isTrue();

    assertThat(delivery.get(5, TimeUnit.SECONDS).isOk()).isTrue();
    assertThat(harness.status(id, SLOW + "_Attempt=1")).isEqualTo("CANCELED");
    assertThat(harness.status(id, SLOW)).isEqualTo("CANCELED");
  }

  @Test
  void letsARunningAttemptFinishWithoutCancelActiveButStartsNothingNew() throws Exception {
    var harness = new RunHarness(root);
    var started = new CountDownLatch(1);
    var release = blocking(harness, started);
    var id =
        harness.create(
            onDemand(), shell("Slow", "sleep 1"), shell("Next", "true", ref("dependsOn", "Slow")));
    harness.activate(id);
    harness.step();
    var delivery = CompletableFuture.supplyAsync(harness::stepResult);
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(harness.runner.deactivate(harness.pipeline(id), false).isOk()).isTrue();
    release.countDown();
    assertThat(delivery.get(10, TimeUnit.SECONDS).isOk()).isTrue();
    harness.run();

    assertThat(harness.state(id)).isEqualTo("INACTIVE");
    assertThat(harness.status(id, SLOW)).isEqualTo("FINISHED");
    assertThat(harness.status(id, NEXT)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.work.callsFor("Next")).isEmpty();
  }

  @Test
  void holdsBackAttemptsThatHadNotStarted() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(), shell("Slow", "sleep 1"), shell("Next", "true", ref("dependsOn", "Slow")));
    harness.activate(id);
    harness.step();
    assertThat(harness.runner.deactivate(harness.pipeline(id), false).isOk()).isTrue();
    harness.run();

    assertThat(harness.work.calls()).isEmpty();
    assertThat(harness.status(id, SLOW + "_Attempt=1")).isEqualTo("WAITING_FOR_RUNNER");
  }

  @Test
  void resumesWhereItStoppedWhenActivatedAgain() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(), shell("Slow", "sleep 1"), shell("Next", "true", ref("dependsOn", "Slow")));
    harness.activate(id);
    harness.step();
    harness.runner.deactivate(harness.pipeline(id), false);
    harness.run();

    harness.start(id);

    assertThat(harness.pipeline(id).generation()).isEqualTo(1);
    assertThat(harness.status(id, SLOW)).isEqualTo("FINISHED");
    assertThat(harness.status(id, NEXT)).isEqualTo("FINISHED");
    assertThat(harness.work.callsFor("Slow")).hasSize(1);
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void stopsSchedulingPeriodsWhileInactive() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            defaults(text("scheduleType", "cron"), ref("schedule", "Hourly")),
            object(
                "Hourly",
                "Schedule",
                text("period", "1 hour"),
                text("startAt", "FIRST_ACTIVATION_DATE_TIME")),
            shell("Tick", "date"));
    harness.start(id);
    harness.runner.deactivate(harness.pipeline(id), true);
    harness.advance(Duration.ofHours(3));

    assertThat(harness.work.callsFor("Tick")).hasSize(1);
    assertThat(harness.events(PipelineEvents.RUN_ATTEMPT)).hasSize(1);
  }
}
