package dev.sluice.runtime.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's WorkerType and NumberOfWorkers (or MaxCapacity) as Spark threads or executors. */
class SparkWorkersTest {

  private static JobRun run(String workerType, Integer workers, Double maxCapacity) {
    return new JobRun(
        "jr_1",
        0,
        null,
        null,
        "job",
        null,
        Instant.now(),
        Instant.now(),
        null,
        JobRunState.RUNNING,
        Map.of(),
        null,
        null,
        null,
        2880,
        maxCapacity,
        workerType,
        workers,
        null,
        "/aws-glue/jobs",
        null,
        "4.0",
        null,
        1);
  }

  @Test
  void aLocalMasterGetsTheWorkersCoresUpToTheProcessorsHere() {
    var small = SparkWorkers.plan("local[*]", run("G.025X", 1, null), 8);
    var large = SparkWorkers.plan("local", run("G.1X", 10, null), 8);

    assertThat(small.master()).isEqualTo("local[2]");
    assertThat(small.conf()).isEmpty();
    assertThat(small.line())
        .isEqualTo("Sluice: Spark for 1 G.025X workers: local[2] (8 processors here)");
    assertThat(large.master()).isEqualTo("local[8]");
  }

  @Test
  void aLocalMasterWithItsThreadsSetIsKept() {
    var plan = SparkWorkers.plan("local[3]", run("G.2X", 10, null), 8);

    assertThat(plan.master()).isEqualTo("local[3]");
    assertThat(plan.line()).isEqualTo("Sluice: Spark for 10 G.2X workers: local[3], as set");
  }

  @Test
  void aClusterGetsTheWorkersLessTheDriverAsExecutorsOfTheWorkerTypesSize() {
    var plan = SparkWorkers.plan("spark://spark-master:7077", run("G.2X", 5, null), 2);

    assertThat(plan.master()).isEqualTo("spark://spark-master:7077");
    assertThat(plan.conf())
        .containsExactly(
            "spark.executor.cores=8",
            "spark.executor.memory=32g",
            "spark.cores.max=32",
            "spark.executor.instances=4");
    assertThat(plan.line())
        .isEqualTo(
            "Sluice: Spark for 5 G.2X workers: 4 executors of 8 cores and 32g on"
                + " spark://spark-master:7077");
  }

  @Test
  void everyGlueWorkerTypeHasItsSize() {
    assertThat(WorkerType.ALL)
        .extracting(type -> type.name() + " " + type.cores() + " " + type.memory())
        .containsExactly(
            "Standard 4 16g",
            "G.025X 2 4g",
            "G.1X 4 16g",
            "G.2X 8 32g",
            "G.4X 16 64g",
            "G.8X 32 128g",
            "Z.2X 8 64g");
  }

  @Test
  void aClusterRunOfOneWorkerStillGetsOneExecutor() {
    var plan = SparkWorkers.plan("spark://h:7077", run("Z.2X", 1, null), 2);

    assertThat(plan.conf())
        .containsExactly(
            "spark.executor.cores=8",
            "spark.executor.memory=64g",
            "spark.cores.max=8",
            "spark.executor.instances=1");
  }

  @Test
  void withoutAWorkerTypeTheCapacityCountsStandardWorkersTenByDefault() {
    var capacity = SparkWorkers.plan("spark://h:7077", run(null, null, 3.0), 2);
    var none = SparkWorkers.plan("spark://h:7077", run(null, null, null), 2);

    assertThat(capacity.conf()).contains("spark.executor.instances=2", "spark.cores.max=8");
    assertThat(none.line()).startsWith("Sluice: Spark for 10 Standard workers: 9 executors");
  }

  @Test
  void anUnknownWorkerTypeIsSizedAsG1X() {
    var plan = SparkWorkers.plan("local[*]", run("R.9X", 2, null), 16);

    assertThat(plan.master()).isEqualTo("local[8]");
    assertThat(plan.line())
        .isEqualTo(
            "Sluice: Spark for 2 G.1X workers (R.9X is unknown here: sized as G.1X): local[8] (16"
                + " processors here)");
  }
}
