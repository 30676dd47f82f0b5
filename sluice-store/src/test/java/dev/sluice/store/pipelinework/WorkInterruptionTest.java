package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Interrupting the thread that runs work ends it, killing what it started. */
class WorkInterruptionTest extends WorkersFixture {

  @Test
  void anInterruptedPreStepCommandEndsAtOnceAndRunsNothingAfterIt() throws Exception {
    var item = new WorkItem.Emr(List.of(), Map.of(), List.of("sleep 30", "touch after"), List.of());

    assertInterrupted(item);
    assertThat(context.workDir().resolve("after")).doesNotExist();
  }

  @Test
  void anInterruptedShellActivityEndsAtOnceAndUploadsNothing() throws Exception {
    bucket("data");
    var item =
        new WorkItem.Shell(
            "echo x > \"$OUTPUT1_STAGING_DIR/x\"; sleep 30",
            null,
            List.of(),
            true,
            List.of(),
            List.of(s3("s3://data/out")),
            "s3://data/stdout",
            null);

    assertInterrupted(item);
    assertThat(keys("data")).isEmpty();
  }

  private void assertInterrupted(WorkItem item) throws Exception {
    var outcome = new CompletableFuture<WorkOutcome>();
    var interruptedAfter = new CompletableFuture<Boolean>();
    Thread worker =
        Thread.ofPlatform()
            .start(
                () -> {
                  outcome.complete(workers.run(item, context));
                  interruptedAfter.complete(Thread.currentThread().isInterrupted());
                });
    Thread.sleep(300);
    Instant interrupted = Instant.now();
    worker.interrupt();

    assertThat(outcome.get(10, TimeUnit.SECONDS))
        .isEqualTo(WorkOutcome.failure("The work was interrupted", null));
    assertThat(Duration.between(interrupted, Instant.now())).isLessThan(Duration.ofSeconds(10));
    assertThat(interruptedAfter.get()).isTrue();
  }
}
