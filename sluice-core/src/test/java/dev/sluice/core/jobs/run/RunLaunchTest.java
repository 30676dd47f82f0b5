package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunLaunchTest {
  private final JobsHarness harness = new JobsHarness();

  private JobLaunch launch(String jobName, Map<String, String> arguments) {
    var runId = harness.start(jobName, arguments);
    harness.deliverNew();
    harness.awaitState(jobName, runId, JobRunState.RUNNING);
    return harness.launcher.launches().getLast();
  }

  @Test
  void runArgumentsOverrideDefaultsAndNonOverridableArgumentsOverrideBoth() {
    harness.create(
        job("etl")
            .defaultArguments(Map.of("--b", "default", "--a", "default", "--c", "default"))
            .nonOverridableArguments(Map.of("--c", "fixed", "--z", "fixed")));

    var launch = launch("etl", Map.of("--b", "run", "--c", "run", "--d", "run"));

    assertThat(launch.arguments())
        .containsExactly(
            Map.entry("--a", "default"),
            Map.entry("--b", "run"),
            Map.entry("--c", "fixed"),
            Map.entry("--d", "run"),
            Map.entry("--z", "fixed"),
            Map.entry("--JOB_ID", launch.arguments().get("--JOB_ID")),
            Map.entry("--JOB_RUN_ID", launch.run().id()),
            Map.entry("--JOB_NAME", "etl"),
            Map.entry("--job-bookmark-option", "job-bookmark-disable"));
  }

  @Test
  void gluesReservedArgumentsComeLastAndWin() {
    harness.create(job("etl").defaultArguments(Map.of("--JOB_NAME", "mine")));

    var launch = launch("etl", Map.of("--JOB_RUN_ID", "mine"));

    assertThat(launch.arguments().keySet())
        .endsWith("--JOB_ID", "--JOB_RUN_ID", "--JOB_NAME", "--job-bookmark-option");
    assertThat(launch.arguments()).containsEntry("--JOB_NAME", "etl");
    assertThat(launch.arguments()).containsEntry("--JOB_RUN_ID", launch.run().id());
  }

  @Test
  void aBookmarkOptionGivenIsKept() {
    harness.create(job("etl"));

    var launch = launch("etl", Map.of("--job-bookmark-option", "job-bookmark-enable"));

    assertThat(launch.arguments()).containsEntry("--job-bookmark-option", "job-bookmark-enable");
  }

  @Test
  void theJobIdIsTheSameForEveryRunOfAJobAndAnotherForAnotherJob() {
    harness.create(job("etl").maxConcurrentRuns(2));
    harness.create(job("other"));

    var first = launch("etl", Map.of()).arguments().get("--JOB_ID");
    var second = launch("etl", Map.of()).arguments().get("--JOB_ID");
    var other = launch("other", Map.of()).arguments().get("--JOB_ID");

    assertThat(first).matches("j_[0-9a-f]{64}").isEqualTo(second).isNotEqualTo(other);
  }

  @Test
  void sparkOutputGoesToTheGlueJobsGroupsInTheRunsStream() {
    harness.create(job("etl"));

    var launch = launch("etl", Map.of());

    assertThat(launch.logs().outputGroups()).containsExactly("/aws-glue/jobs/output");
    assertThat(launch.logs().errorGroups()).containsExactly("/aws-glue/jobs/error");
    assertThat(launch.logs().stream()).isEqualTo(launch.run().id());
  }

  @Test
  void pythonShellOutputAlsoGoesToThePythonJobsGroups() {
    harness.create(job("shell").command(JobCommand.PYTHON_SHELL));

    var launch = launch("shell", Map.of());

    assertThat(launch.logs().outputGroups())
        .containsExactly("/aws-glue/jobs/output", "/aws-glue/python-jobs/output");
    assertThat(launch.logs().errorGroups())
        .containsExactly("/aws-glue/jobs/error", "/aws-glue/python-jobs/error");
  }

  @Test
  void theLaunchCarriesTheJobAndTheRunWithItsSettings() {
    harness.create(job("etl").workers("G.2X", 4).timeout(15));

    var launch = launch("etl", Map.of());

    assertThat(launch.job().name()).isEqualTo("etl");
    assertThat(launch.job().command().scriptLocation()).isEqualTo("s3://scripts/etl.py");
    assertThat(launch.run().workerType()).isEqualTo("G.2X");
    assertThat(launch.run().numberOfWorkers()).isEqualTo(4);
    assertThat(launch.run().timeout()).isEqualTo(15);
  }
}
