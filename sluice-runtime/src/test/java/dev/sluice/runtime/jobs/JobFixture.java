package dev.sluice.runtime.jobs;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.jobs.run.JobLogs;
import dev.sluice.runtime.steps.RecordedLogs;
import dev.sluice.runtime.steps.TempDirObjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Launches of jobs for tests: a recorded log, objects in a temporary directory, settings. */
final class JobFixture {

  static final String RUN_ID = "jr_0123456789abcdef";
  static final String ENDPOINT = "http://127.0.0.1:4566";
  static final JobLogs PYTHON_LOGS =
      new JobLogs(
          List.of(JobLogs.PYTHON_OUTPUT, "/sluice/extra-output"),
          List.of(JobLogs.PYTHON_ERROR),
          RUN_ID);
  static final JobLogs ETL_LOGS =
      new JobLogs(List.of(JobLogs.OUTPUT), List.of(JobLogs.ERROR), RUN_ID);

  final RecordedLogs logs = new RecordedLogs();
  final TempDirObjectFiles objects;
  final Path workRoot;
  JobLauncherSettings settings;

  JobFixture(Path temp) {
    try {
      objects = new TempDirObjectFiles(Files.createDirectories(temp.resolve("blobs")), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    workRoot = temp.resolve("jobs");
    settings = new JobLauncherSettings(null, workRoot, logs, Instant::now, ENDPOINT, objects);
  }

  GlueJobLauncher launcher() {
    return new GlueJobLauncher(settings);
  }

  /** The arguments a run passes: {@code args}, then Glue's reserved ones. */
  static Map<String, String> arguments(String jobName, Map<String, String> args) {
    var all = new LinkedHashMap<>(args);
    all.put("--JOB_ID", "j_0123");
    all.put("--JOB_RUN_ID", RUN_ID);
    all.put("--JOB_NAME", jobName);
    all.putIfAbsent("--job-bookmark-option", "job-bookmark-disable");
    return all;
  }

  static JobLaunch launch(String command, String script, Map<String, String> args, JobLogs logs) {
    return launch(command, script, args, logs, null, null);
  }

  static JobLaunch launch(
      String command,
      String script,
      Map<String, String> args,
      JobLogs logs,
      String workerType,
      Integer workers) {
    var name = "nightly";
    var job =
        new JobDefinition(
            name,
            null,
            null,
            "role",
            Instant.now(),
            Instant.now(),
            new JobCommand(command, script, "3", null),
            Map.of(),
            Map.of(),
            null,
            null,
            null,
            null,
            null,
            workerType,
            workers,
            null,
            "4.0",
            null,
            null,
            null,
            null,
            Map.of(),
            Map.of());
    return new JobLaunch(job, run(name, workerType, workers), arguments(name, args), logs);
  }

  static JobRun run(String jobName, String workerType, Integer workers) {
    return run(jobName, workerType, workers, null);
  }

  static JobRun run(String jobName, String workerType, Integer workers, Double maxCapacity) {
    return new JobRun(
        RUN_ID,
        0,
        null,
        null,
        jobName,
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
}
