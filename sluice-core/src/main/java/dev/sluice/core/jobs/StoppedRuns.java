package dev.sluice.core.jobs;

import java.util.List;

/** BatchStopJobRun's answer: the runs asked to stop, and why the others were not. */
public record StoppedRuns(List<Submission> successful, List<Refusal> errors) {

  public StoppedRuns {
    successful = List.copyOf(successful);
    errors = List.copyOf(errors);
  }

  /** A run that is stopping. */
  public record Submission(String jobName, String jobRunId) {}

  /** A run that was not stopped, with Glue's ErrorDetail (code and message). */
  public record Refusal(String jobName, String jobRunId, String errorCode, String errorMessage) {}
}
