package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.sluice.it.support.GlueClients;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A glueetl job from a Python script runs only where PySpark is installed; where it is not (as
 * here), its run fails with a message that says so and how to help it, also in the error log.
 */
@ExtendWith(SharedJobs.class)
class PySparkScriptTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) throws Exception {
    jobs = shared;
    var probe = new ProcessBuilder("python3", "-c", "import pyspark").start();
    assumeFalse(
        probe.waitFor() == 0 || System.getenv("SPARK_HOME") != null,
        "PySpark is installed here: a glueetl Python script would run");
  }

  @Test
  void aGlueEtlPythonScriptFailsSayingPySparkIsNotInstalled() {
    var script = jobs.script("etl-script", "print('never runs')\n");
    jobs.glue.createJob(
        b ->
            b.name("pyspark-etl")
                .role(GlueClients.ROLE)
                .command(c -> c.name("glueetl").pythonVersion("3").scriptLocation(script))
                .workerType("G.1X")
                .numberOfWorkers(2));

    var run = jobs.runToEnd("pyspark-etl", Map.of());

    assertThat(run.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(run.errorMessage())
        .contains("PySpark")
        .contains("not installed")
        .contains("pip install pyspark");
    assertThat(run.logGroupName()).isEqualTo("/aws-glue/jobs");
    assertThat(jobs.lines(Jobs.ERROR, run.id())).anyMatch(line -> line.contains("PySpark"));
  }
}
