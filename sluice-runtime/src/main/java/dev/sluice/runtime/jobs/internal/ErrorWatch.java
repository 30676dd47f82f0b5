package dev.sluice.runtime.jobs.internal;

import java.util.regex.Pattern;

/**
 * Reads a job's standard error as it is written for what Glue shows as a failed run's ErrorMessage:
 * the exception line of the last Python traceback ({@code ValueError: bad}, also a {@code
 * SyntaxError} shown without a traceback), else a Java program's {@code Exception in thread "main"
 * X: msg} (the first), else its last {@code Caused by: X: msg}.
 */
public final class ErrorWatch {

  private static final String TRACEBACK = "Traceback (most recent call last):";
  private static final String JAVA_MAIN = "Exception in thread \"main\" ";
  private static final String CAUSED_BY = "Caused by: ";
  private static final Pattern PYTHON_ERROR =
      Pattern.compile("[A-Za-z_][\\w.]*(Error|Exception)(: .*)?");

  private boolean inTraceback;
  private String previous = "";
  private String python;
  private String javaMain;
  private String cause;

  public synchronized void accept(String line) {
    if (line.equals(TRACEBACK)) {
      inTraceback = true;
    } else if (inTraceback && !line.startsWith(" ")) {
      python = line;
      inTraceback = false;
    } else if (!inTraceback && previous.startsWith(" ") && PYTHON_ERROR.matcher(line).matches()) {
      python = line;
    }
    if (javaMain == null && line.startsWith(JAVA_MAIN)) {
      javaMain = line.substring(JAVA_MAIN.length());
    }
    if (line.startsWith(CAUSED_BY)) {
      cause = line.substring(CAUSED_BY.length());
    }
    previous = line;
  }

  /** The error message of a run whose process exited with {@code exitCode} (not 0). */
  public synchronized String message(int exitCode) {
    if (python != null) {
      return python;
    }
    if (javaMain != null) {
      return javaMain;
    }
    return cause != null ? cause : "Command failed with exit code " + exitCode;
  }
}
