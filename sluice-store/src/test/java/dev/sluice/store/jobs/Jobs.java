package dev.sluice.store.jobs;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/** Jobs, runs and run events for the catalog tests. */
final class Jobs {
  static final Instant CREATED = Instant.parse("2026-11-20T22:15:00.123456789Z");

  private Jobs() {}

  /** A job with every member set, maps with several entries and text beyond ASCII. */
  static JobDefinition full(String name) {
    return new JobDefinition(
        name,
        "Zählt Wörter — 単語を数える",
        "s3://logs/jobs/",
        "arn:aws:iam::123456789012:role/GlueRole",
        CREATED,
        CREATED.plusMillis(1500),
        new JobCommand(JobCommand.GLUE_ETL, "s3://scripts/wordcount.py", "3", "Ray2.4"),
        Map.of("--input", "s3://in/données/", "--job-language", "python", "--empty", ""),
        Map.of("--conf", "spark.sql.shuffle.partitions=4"),
        3,
        2,
        10,
        120,
        0.0625,
        "G.1X",
        5,
        "sec-config",
        "5.0",
        "FLEX",
        "SCRIPT",
        true,
        "Sun:03",
        Map.of(
            "Connections", "{\"Connections\":[\"pg\"]}",
            "NotificationProperty", "{\"NotifyDelayAfter\":7}"),
        Map.of("team", "data", "環境", "テスト"));
  }

  /** A job with only a name and a command: every optional member absent, every map empty. */
  static JobDefinition bare(String name) {
    return new JobDefinition(
        name,
        null,
        null,
        "role",
        CREATED,
        CREATED,
        new JobCommand(JobCommand.PYTHON_SHELL, "/local/script.py", null, null),
        Map.of(),
        Map.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        Map.of());
  }

  /** A run id: {@code jr_} and 64 hex digits ending in {@code n}. */
  static String runId(int n) {
    return "jr_" + "0".repeat(56) + HexFormat.of().toHexDigits(n);
  }

  /** A run with every member set, started at {@code startedOn}. */
  static JobRun run(String jobName, String id, JobRunState state, Instant startedOn) {
    return new JobRun(
        id,
        1,
        runId(9999),
        "trigger-1",
        jobName,
        "SCRIPT",
        startedOn,
        startedOn.plusMillis(250),
        null,
        state,
        Map.of("--input", "s3://in/ünïcödé/", "--day", "2026-11-20", "--flag", ""),
        null,
        10,
        null,
        120,
        0.0625,
        "G.1X",
        5,
        "sec-config",
        "/aws-glue/jobs",
        7,
        "5.0",
        "STANDARD",
        0);
  }

  /** A first run with only what StartJobRun always sets: optional members absent, no arguments. */
  static JobRun bareRun(String jobName, String id, Instant startedOn) {
    return new JobRun(
        id,
        0,
        null,
        null,
        jobName,
        null,
        startedOn,
        startedOn,
        null,
        JobRunState.STARTING,
        Map.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "/aws-glue/python-jobs",
        null,
        null,
        null,
        0);
  }

  /**
   * {@code run} moved to {@code state} at {@code at} (revision unchanged), as {@link JobRun#moved}
   * means to; that method unboxes a null executionTime for a state that has not ended.
   */
  static JobRun moved(JobRun run, JobRunState state, Instant at, String error) {
    boolean ended = state.terminal();
    return new JobRun(
        run.id(),
        run.attempt(),
        run.previousRunId(),
        run.triggerName(),
        run.jobName(),
        run.jobMode(),
        run.startedOn(),
        at,
        ended ? at : run.completedOn(),
        state,
        run.arguments(),
        error,
        run.allocatedCapacity(),
        ended
            ? Integer.valueOf((int) Duration.between(run.startedOn(), at).toSeconds())
            : run.executionTime(),
        run.timeout(),
        run.maxCapacity(),
        run.workerType(),
        run.numberOfWorkers(),
        run.securityConfiguration(),
        run.logGroupName(),
        run.notifyDelayAfter(),
        run.glueVersion(),
        run.executionClass(),
        run.revision());
  }

  /** {@code run} carrying {@code revision}. */
  static JobRun atRevision(JobRun run, long revision) {
    return new JobRun(
        run.id(),
        run.attempt(),
        run.previousRunId(),
        run.triggerName(),
        run.jobName(),
        run.jobMode(),
        run.startedOn(),
        run.lastModifiedOn(),
        run.completedOn(),
        run.state(),
        run.arguments(),
        run.errorMessage(),
        run.allocatedCapacity(),
        run.executionTime(),
        run.timeout(),
        run.maxCapacity(),
        run.workerType(),
        run.numberOfWorkers(),
        run.securityConfiguration(),
        run.logGroupName(),
        run.notifyDelayAfter(),
        run.glueVersion(),
        run.executionClass(),
        revision);
  }

  /** The event that runs {@code run}. */
  static NewEvent runEvent(JobRun run) {
    return new NewEvent(JobEvents.SERVICE, run.jobName(), JobEvents.RUN, run.id());
  }
}
