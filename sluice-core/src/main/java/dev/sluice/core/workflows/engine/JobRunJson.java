package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.jobs.JobRun;
import java.time.Instant;

/**
 * A Glue job run in GetJobRun's member names, absent members left out: what {@code
 * glue:startJobRun.sync} answers (dates as epoch milliseconds, as the Java SDK v1 writes them) and
 * what {@code aws-sdk:glue:getJobRun} answers (dates as ISO-8601 text).
 */
final class JobRunJson {
  private final ObjectNode out = Json.object();
  private final boolean epochMillis;

  private JobRunJson(boolean epochMillis) {
    this.epochMillis = epochMillis;
  }

  /** The run with dates as epoch milliseconds. */
  static ObjectNode sync(JobRun run) {
    return new JobRunJson(true).write(run);
  }

  /** The run with dates as ISO-8601 text. */
  static ObjectNode sdk(JobRun run) {
    return new JobRunJson(false).write(run);
  }

  private ObjectNode write(JobRun run) {
    number("AllocatedCapacity", run.allocatedCapacity());
    ObjectNode arguments = out.putObject("Arguments");
    run.arguments().forEach(arguments::put);
    out.put("Attempt", run.attempt());
    date("CompletedOn", run.completedOn());
    text("ErrorMessage", run.errorMessage());
    text("ExecutionClass", run.executionClass());
    number("ExecutionTime", run.executionTime());
    text("GlueVersion", run.glueVersion());
    text("Id", run.id());
    text("JobMode", run.jobMode());
    text("JobName", run.jobName());
    text("JobRunState", run.state().name());
    date("LastModifiedOn", run.lastModifiedOn());
    text("LogGroupName", run.logGroupName());
    if (run.maxCapacity() != null) {
      out.put("MaxCapacity", run.maxCapacity());
    }
    if (run.notifyDelayAfter() != null) {
      out.putObject("NotificationProperty").put("NotifyDelayAfter", run.notifyDelayAfter());
    }
    number("NumberOfWorkers", run.numberOfWorkers());
    out.putArray("PredecessorRuns");
    text("PreviousRunId", run.previousRunId());
    text("SecurityConfiguration", run.securityConfiguration());
    date("StartedOn", run.startedOn());
    number("Timeout", run.timeout());
    text("TriggerName", run.triggerName());
    text("WorkerType", run.workerType());
    return out;
  }

  private void text(String name, String value) {
    if (value != null) {
      out.put(name, value);
    }
  }

  private void number(String name, Integer value) {
    if (value != null) {
      out.put(name, value);
    }
  }

  private void date(String name, Instant value) {
    if (value == null) {
      return;
    }
    if (epochMillis) {
      out.put(name, value.toEpochMilli());
    } else {
      out.put(name, value.toString());
    }
  }
}
