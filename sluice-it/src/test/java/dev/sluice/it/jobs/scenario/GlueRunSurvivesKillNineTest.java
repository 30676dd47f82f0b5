package dev.sluice.it.jobs.scenario;

import static dev.sluice.it.jobs.scenario.GlueLambdaExample.json;
import static dev.sluice.it.jobs.scenario.GlueLambdaExample.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.GlueClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import dev.sluice.it.support.StepFunctionsClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.JobRunState;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Glue job runs when Sluice, run as its own process, is killed with SIGKILL: the process of a
 * running run goes with Sluice (its guard sees Sluice gone) and the run ends as ERROR after the
 * restart instead of staying RUNNING; a {@code .sync} task waiting for such a run fails with it,
 * without a second run; a run acknowledged but not yet started starts after the restart and
 * succeeds (the first run of a fresh Sluice takes a few hundred milliseconds to start its process,
 * so a kill right after StartJobRun answers finds it STARTING, its event in the outbox).
 */
class GlueRunSurvivesKillNineTest {
  private static final String SLUICE_STOPPED =
      "Sluice stopped while the job run was in progress; its process is gone";
  private static final Duration PROCESS_LIMIT = Duration.ofSeconds(30);
  private static final Duration GUARD_LIMIT = Duration.ofSeconds(15);
  private static final Duration END_LIMIT = Duration.ofSeconds(45);

  private final List<ProcessHandle> jobProcesses = new ArrayList<>();

  @AfterEach
  void killWhatALostRunLeftBehind() {
    jobProcesses.forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void aRunningRunsProcessDiesWithSluiceAndTheRunEndsAsErrorAfterTheRestart(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    String runId;
    try (var server = ServerProcess.start(data, log)) {
      var glue = GlueClients.glue(server.endpoint());
      GlueLambdaExample.createJob(
          glue,
          S3Clients.s3(server.endpoint()),
          "sleeper",
          "import time\nprint('sleeping', flush=True)\ntime.sleep(30)\n");
      runId = glue.startJobRun(b -> b.jobName("sleeper")).jobRunId();
      awaitScriptRunning(glue, "sleeper", runId);
      server.kill();
    }
    awaitProcessesGone(runId);

    try (var server = ServerProcess.start(data, log)) {
      var glue = GlueClients.glue(server.endpoint());
      var run = GlueLambdaExample.awaitRunEnd(glue, "sleeper", runId, END_LIMIT);
      assertThat(run.jobRunState()).isEqualTo(JobRunState.ERROR);
      assertThat(run.errorMessage()).isEqualTo(SLUICE_STOPPED);
      assertThat(glue.getJobRuns(b -> b.jobName("sleeper")).jobRuns()).hasSize(1);
      assertThat(JobProcesses.of(runId)).isEmpty();
    }
  }

  @Test
  void aSyncTaskWaitingWhenSluiceIsKilledFailsWithItsOneRunAfterTheRestart(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    String execution;
    String runId;
    try (var server = ServerProcess.start(data, log)) {
      var glue = GlueClients.glue(server.endpoint());
      GlueLambdaExample.createJob(
          glue,
          S3Clients.s3(server.endpoint()),
          "napper",
          "import time\nprint('napping', flush=True)\ntime.sleep(8)\n");
      var sfn = StepFunctionsClients.sfn(server.endpoint());
      var definition =
          read("state-machine-sync.json")
              .replace("\"JobName\": \"test\"", "\"JobName\": \"napper\"");
      var machine = GlueLambdaExample.createMachine(sfn, "napper-sync", definition);
      execution = GlueLambdaExample.start(sfn, machine, read("input.json"));
      runId = awaitSubmittedRun(sfn, execution);
      awaitScriptRunning(glue, "napper", runId);
      server.kill();
    }
    awaitProcessesGone(runId);

    try (var server = ServerProcess.start(data, log)) {
      var sfn = StepFunctionsClients.sfn(server.endpoint());
      var ended = GlueLambdaExample.awaitEnd(sfn, execution, END_LIMIT);
      assertThat(ended.status()).as(ended.output()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(ended.error()).isEqualTo("States.TaskFailed");
      var run = json(ended.cause());
      assertThat(run.path("Id").asText()).isEqualTo(runId);
      assertThat(run.path("JobRunState").asText()).isEqualTo("ERROR");
      assertThat(run.path("ErrorMessage").asText()).isEqualTo(SLUICE_STOPPED);
      var glue = GlueClients.glue(server.endpoint());
      assertThat(glue.getJobRuns(b -> b.jobName("napper")).jobRuns())
          .singleElement()
          .satisfies(r -> assertThat(r.id()).isEqualTo(runId));
      var history = GlueLambdaExample.history(sfn, execution);
      assertThat(history.stream().filter(e -> e.type() == HistoryEventType.TASK_SUBMITTED))
          .hasSize(1);
    }
  }

  @Test
  void aRunAcknowledgedJustBeforeTheKillRunsAfterTheRestartAndSucceeds(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    String runId;
    try (var server = ServerProcess.start(data, log)) {
      var glue = GlueClients.glue(server.endpoint());
      GlueLambdaExample.createJob(
          glue, S3Clients.s3(server.endpoint()), "quick", "print('quick run', flush=True)\n");
      runId = glue.startJobRun(b -> b.jobName("quick")).jobRunId();
      server.kill();
    }

    try (var server = ServerProcess.start(data, log)) {
      var glue = GlueClients.glue(server.endpoint());
      var run = GlueLambdaExample.awaitRunEnd(glue, "quick", runId, END_LIMIT);
      assertThat(run.jobRunState())
          .as(
              "%s (an ERROR here means the kill came after the run had started)",
              run.errorMessage())
          .isEqualTo(JobRunState.SUCCEEDED);
      assertThat(glue.getJobRuns(b -> b.jobName("quick")).jobRuns()).hasSize(1);
      assertThat(
              LogsClients.logs(server.endpoint())
                  .getLogEvents(b -> b.logGroupName("/aws-glue/jobs/output").logStreamName(runId))
                  .events()
                  .stream()
                  .map(OutputLogEvent::message)
                  .map(String::strip))
          .contains("quick run");
    }
  }

  /** Waits until the run is RUNNING and its script's process runs; remembers its processes. */
  private void awaitScriptRunning(GlueClient glue, String job, String runId) {
    await("job run " + runId + " RUNNING")
        .atMost(PROCESS_LIMIT)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> glue.getJobRun(b -> b.jobName(job).runId(runId)).jobRun().jobRunState(),
            state -> state == JobRunState.RUNNING);
    await("the script of " + runId + " running")
        .atMost(PROCESS_LIMIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> JobProcesses.running(runId, job + ".py"), found -> !found.isEmpty());
    jobProcesses.addAll(JobProcesses.of(runId));
  }

  /** Waits until no process of the run is left (the guard stops them once Sluice is gone). */
  private void awaitProcessesGone(String runId) {
    assertThat(jobProcesses).isNotEmpty();
    await("the processes of " + runId + " gone")
        .atMost(GUARD_LIMIT)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                jobProcesses.stream().noneMatch(ProcessHandle::isAlive)
                    && JobProcesses.of(runId).isEmpty());
  }

  /** Waits until the execution's {@code .sync} task has started its run; answers its id. */
  private static String awaitSubmittedRun(SfnClient sfn, String execution) {
    var submitted =
        await("Task1 submitted")
            .atMost(PROCESS_LIMIT)
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    GlueLambdaExample.history(sfn, execution).stream()
                        .filter(e -> e.type() == HistoryEventType.TASK_SUBMITTED)
                        .toList(),
                events -> !events.isEmpty());
    return json(submitted.get(0).taskSubmittedEventDetails().output()).path("JobRunId").asText();
  }
}
