package dev.sluice.core.jobs.internal;

import dev.sluice.core.jobs.JobCommand;

/**
 * The Glue version and Timeout a job gets when CreateJob or UpdateJob leave them out. Glue's API
 * reference: jobs created without a version get Glue 5.1; Timeout defaults to 2,880 minutes up to
 * Glue 4.0 and 480 minutes from Glue 5.0; streaming jobs have none. Python shell jobs run on Glue
 * 1.0 (Python 3.9: Glue 3.0), Ray jobs need Glue 4.0.
 */
final class GlueVersions {
  static final String STREAMING = "gluestreaming";
  static final String RAY = "glueray";
  static final String LATEST = "5.1";

  private GlueVersions() {}

  static String defaultFor(JobCommand command) {
    return switch (command.name()) {
      case JobCommand.PYTHON_SHELL -> "3.9".equals(command.pythonVersion()) ? "3.0" : "1.0";
      case RAY -> "4.0";
      default -> LATEST;
    };
  }

  /** Minutes, or null for a streaming job. */
  static Integer defaultTimeout(String command, String glueVersion) {
    if (STREAMING.equals(command)) {
      return null;
    }
    return major(glueVersion) >= 5 ? 480 : 2880;
  }

  private static int major(String version) {
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(version.substring(0, Math.min(end, 6)));
  }
}
