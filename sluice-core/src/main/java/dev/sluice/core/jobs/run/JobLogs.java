package dev.sluice.core.jobs.run;

import java.util.List;

/**
 * Where a run's driver output goes, in CloudWatch Logs' terms: standard output to every group of
 * {@code outputGroups}, standard error to every group of {@code errorGroups}, each in the stream
 * named after the run id.
 */
public record JobLogs(List<String> outputGroups, List<String> errorGroups, String stream) {

  public static final String OUTPUT = "/aws-glue/jobs/output";
  public static final String ERROR = "/aws-glue/jobs/error";
  public static final String PYTHON_OUTPUT = "/aws-glue/python-jobs/output";
  public static final String PYTHON_ERROR = "/aws-glue/python-jobs/error";

  public JobLogs {
    outputGroups = List.copyOf(outputGroups);
    errorGroups = List.copyOf(errorGroups);
  }
}
