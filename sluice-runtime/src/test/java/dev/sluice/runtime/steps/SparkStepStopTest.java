package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.runtime.steps.internal.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hanging job is stopped with everything it started (stand-in Spark, {@link StandInSpark}). */
class SparkStepStopTest {

  private static final EmrStep HANGING =
      EmrStep.parse(
          "s3://x/hadoop-streaming.jar,-input,s3://data/a.txt,-output,s3://out/o,-mapper,standin-hang");

  @TempDir Path temp;
  private final RecordedLogs logs = new RecordedLogs();
  private TempDirObjectFiles objects;
  private SparkStepRunner runner;

  @BeforeEach
  void setUp() throws IOException {
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("blobs")), true);
    objects.bucket("out").put("data", "a.txt", "a\n");
    runner = new SparkStepRunner(StandInSpark.settings(temp.resolve("steps"), logs));
  }

  private WorkOutcome run(Duration timeout) {
    return runner.run(
        HANGING, Map.of(), objects, new WorkContext("df-1", "@s_1", temp, "g", "s", timeout));
  }

  private boolean jobsChildRuns() {
    var pid = StandInSpark.reported(logs.messages(), "standin-child").get(0);
    return ProcessHandle.of(Long.parseLong(pid)).map(ProcessTree::running).orElse(false);
  }

  @Test
  void theTimeoutStopsSparkAndWhatItStarted() {
    var started = System.nanoTime();

    var outcome = run(Duration.ofSeconds(3));

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(15);
    assertThat(outcome.errorMessage())
        .isEqualTo("The step ran longer than its timeout (PT3S) and was stopped");
    assertThat(jobsChildRuns()).isFalse();
  }

  @Test
  void anInterruptStopsSparkAndWhatItStarted() throws Exception {
    var outcome = new CompletableFuture<WorkOutcome>();
    var thread = Thread.ofPlatform().start(() -> outcome.complete(run(null)));
    while (StandInSpark.reported(logs.messages(), "standin-child").isEmpty()) {
      assertThat(outcome).isNotDone();
      Thread.sleep(50);
    }
    thread.interrupt();

    assertThat(outcome.get(15, TimeUnit.SECONDS).errorMessage())
        .isEqualTo("The step was interrupted and stopped");
    assertThat(jobsChildRuns()).isFalse();
  }

  @Test
  void anAlreadyInterruptedOrExpiredStepDoesNotStartSpark() {
    Thread.currentThread().interrupt();
    WorkOutcome interrupted;
    try {
      interrupted = run(null);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
    var expired = run(Duration.ZERO);

    assertThat(interrupted.errorMessage()).isEqualTo("The step was interrupted and stopped");
    assertThat(expired.errorMessage())
        .isEqualTo("The step ran longer than its timeout (PT0S) and was stopped");
    assertThat(logs.messages()).noneMatch(line -> line.startsWith("Sluice: starting Spark"));
  }
}
