package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobBuilder;
import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobsHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobDefaultsTest {
  private final JobsHarness harness = new JobsHarness();

  private JobDefinition stored(JobBuilder job) {
    return ok(harness.service.getJob(harness.create(job)));
  }

  @Test
  void aSparkJobWithoutWorkersGetsTenDpus() {
    var stored = stored(job("etl"));

    assertThat(stored.maxCapacity()).isEqualTo(10.0);
    assertThat(stored.allocatedCapacity()).isEqualTo(10);
    assertThat(stored.workerType()).isNull();
    assertThat(stored.numberOfWorkers()).isNull();
  }

  @Test
  void aPythonShellJobGetsASixteenthOfADpu() {
    var stored = stored(job("shell").command(JobCommand.PYTHON_SHELL));

    assertThat(stored.maxCapacity()).isEqualTo(0.0625);
    assertThat(stored.allocatedCapacity()).isZero();
  }

  @Test
  void workersGiveTheJobTheirDpusAsMaxCapacity() {
    var doubles = stored(job("g2").workers("G.2X", 5));
    var quarter = stored(job("quarter").command("gluestreaming").workers("G.025X", 6));

    assertThat(doubles.maxCapacity()).isEqualTo(10.0);
    assertThat(doubles.allocatedCapacity()).isEqualTo(10);
    assertThat(doubles.numberOfWorkers()).isEqualTo(5);
    assertThat(quarter.maxCapacity()).isEqualTo(1.5);
    assertThat(quarter.allocatedCapacity()).isEqualTo(1);
  }

  @Test
  void allocatedCapacityAloneAlsoSetsMaxCapacity() {
    var stored = stored(job("old").allocatedCapacity(5));

    assertThat(stored.maxCapacity()).isEqualTo(5.0);
    assertThat(stored.allocatedCapacity()).isEqualTo(5);
  }

  @Test
  void noRetriesOneConcurrentRunAndScriptModeByDefault() {
    var stored = stored(job("etl"));

    assertThat(stored.maxRetries()).isZero();
    assertThat(stored.maxConcurrentRuns()).isEqualTo(1);
    assertThat(stored.jobMode()).isEqualTo("SCRIPT");
  }

  @Test
  void aJobWithoutGlueVersionGetsGlue51AndItsTimeoutOf480Minutes() {
    var stored = stored(job("etl"));

    assertThat(stored.glueVersion()).isEqualTo("5.1");
    assertThat(stored.timeout()).isEqualTo(480);
  }

  @Test
  void jobsUpToGlue4GetATimeoutOf2880Minutes() {
    assertThat(stored(job("four").glueVersion("4.0")).timeout()).isEqualTo(2880);
    assertThat(stored(job("two").glueVersion("2.0")).timeout()).isEqualTo(2880);
    assertThat(stored(job("five").glueVersion("5.0")).timeout()).isEqualTo(480);
  }

  @Test
  void pythonShellJobsRunOnGlue1OrWithPython39OnGlue3() {
    var python3 = stored(job("three").command(JobCommand.PYTHON_SHELL).pythonVersion("3"));
    var python39 = stored(job("nine").command(JobCommand.PYTHON_SHELL).pythonVersion("3.9"));

    assertThat(python3.glueVersion()).isEqualTo("1.0");
    assertThat(python3.timeout()).isEqualTo(2880);
    assertThat(python39.glueVersion()).isEqualTo("3.0");
  }

  @Test
  void aStreamingJobHasNoTimeout() {
    assertThat(stored(job("stream").command("gluestreaming")).timeout()).isNull();
  }

  @Test
  void valuesGivenAreKept() {
    var stored =
        stored(
            job("etl")
                .glueVersion("3.0")
                .timeout(60)
                .maxRetries(3)
                .maxConcurrentRuns(5)
                .defaultArguments(Map.of("--day", "monday")));

    assertThat(stored.glueVersion()).isEqualTo("3.0");
    assertThat(stored.timeout()).isEqualTo(60);
    assertThat(stored.maxRetries()).isEqualTo(3);
    assertThat(stored.maxConcurrentRuns()).isEqualTo(5);
    assertThat(stored.defaultArguments()).containsExactly(Map.entry("--day", "monday"));
  }

  @Test
  void aCommandWithoutNameIsASparkEtlJob() {
    var stored = stored(job("unnamed").command(null));

    assertThat(stored.command().name()).isEqualTo(JobCommand.GLUE_ETL);
    assertThat(stored.command().scriptLocation()).isEqualTo("s3://scripts/unnamed.py");
  }
}
