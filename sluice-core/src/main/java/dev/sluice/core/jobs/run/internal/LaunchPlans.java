package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.jobs.run.JobLogs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run's process gets, as Glue passes it: the job's DefaultArguments, overridden by the run's
 * Arguments, then the job's NonOverridableArguments (each layer in name order; an overridden
 * argument keeps its place), then Glue's reserved {@code --JOB_ID} ({@code j_} and 64 hex digits,
 * the same for every run of a job), {@code --JOB_RUN_ID}, {@code --JOB_NAME}, and {@code
 * --job-bookmark-option job-bookmark-disable} when no layer set it. Output goes to the {@code
 * /aws-glue/jobs} groups (Python shell jobs: also the {@code /aws-glue/python-jobs} ones), in the
 * stream named after the run.
 */
public final class LaunchPlans {
  static final String BOOKMARK = "--job-bookmark-option";

  public JobLaunch plan(JobDefinition job, JobRun run) {
    return new JobLaunch(job, run, arguments(job, run), logs(job, run));
  }

  static Map<String, String> arguments(JobDefinition job, JobRun run) {
    var arguments = new LinkedHashMap<String, String>();
    arguments.putAll(new TreeMap<>(job.defaultArguments()));
    arguments.putAll(new TreeMap<>(run.arguments()));
    arguments.putAll(new TreeMap<>(job.nonOverridableArguments()));
    reserve(arguments, "--JOB_ID", jobId(job));
    reserve(arguments, "--JOB_RUN_ID", run.id());
    reserve(arguments, "--JOB_NAME", job.name());
    arguments.putIfAbsent(BOOKMARK, "job-bookmark-disable");
    return arguments;
  }

  /** {@code j_} and the SHA-256 of the job's name and creation time, in hex. */
  static String jobId(JobDefinition job) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      var text = job.name() + "\n" + job.createdOn();
      return "j_" + HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static JobLogs logs(JobDefinition job, JobRun run) {
    if (job.command() != null && JobCommand.PYTHON_SHELL.equals(job.command().name())) {
      return new JobLogs(
          List.of(JobLogs.OUTPUT, JobLogs.PYTHON_OUTPUT),
          List.of(JobLogs.ERROR, JobLogs.PYTHON_ERROR),
          run.id());
    }
    return new JobLogs(List.of(JobLogs.OUTPUT), List.of(JobLogs.ERROR), run.id());
  }

  private static void reserve(Map<String, String> arguments, String name, String value) {
    arguments.remove(name);
    arguments.put(name, value);
  }
}
