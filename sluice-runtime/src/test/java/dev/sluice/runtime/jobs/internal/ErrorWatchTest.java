package dev.sluice.runtime.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The error message of a failed run, read from its standard error. */
class ErrorWatchTest {

  private final ErrorWatch watch = new ErrorWatch();

  private String messageOf(int code, String stderr) {
    stderr.lines().forEach(watch::accept);
    return watch.message(code);
  }

  @Test
  void aPythonTracebackGivesItsExceptionLine() {
    var stderr =
        """
        starting
        Traceback (most recent call last):
          File "/tmp/run/script.py", line 3, in <module>
            raise ValueError("bad")
        ValueError: bad
        more output
        """;

    assertThat(messageOf(1, stderr)).isEqualTo("ValueError: bad");
  }

  @Test
  void ofChainedTracebacksTheLastOneCounts() {
    var stderr =
        """
        Traceback (most recent call last):
          File "s.py", line 2, in <module>
        KeyError: 'x'

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "s.py", line 4, in <module>
        RuntimeError: lookup failed
        """;

    assertThat(messageOf(1, stderr)).isEqualTo("RuntimeError: lookup failed");
  }

  @Test
  void aSyntaxErrorShownWithoutATracebackCounts() {
    var stderr =
        """
          File "/tmp/run/script.py", line 1
            x = (
                ^
        SyntaxError: '(' was never closed
        """;

    assertThat(messageOf(1, stderr)).isEqualTo("SyntaxError: '(' was never closed");
  }

  @Test
  void aJavaMainThreadsExceptionCountsBeforeItsCauses() {
    var stderr =
        """
        25/11/21 10:00:00 INFO SparkContext: Running Spark version 4.2.0
        Exception in thread "main" java.lang.IllegalStateException: no input
        \tat demo.Main.main(Main.java:7)
        Caused by: java.io.FileNotFoundException: /in
        \t... 3 more
        25/11/21 10:00:01 INFO ShutdownHookManager: Shutdown hook called
        """;

    assertThat(messageOf(1, stderr)).isEqualTo("java.lang.IllegalStateException: no input");
  }

  @Test
  void withoutAMainThreadsExceptionTheLastCauseCounts() {
    var stderr =
        """
        ERROR Executor: task failed
        org.apache.spark.SparkException: Job aborted
        Caused by: java.lang.RuntimeException: first
        Caused by: java.lang.ArithmeticException: / by zero
        """;

    assertThat(messageOf(1, stderr)).isEqualTo("java.lang.ArithmeticException: / by zero");
  }

  @Test
  void otherwiseTheExitCodeIsGivenInGluesWords() {
    assertThat(messageOf(3, "something went wrong\nERROR: no luck\n"))
        .isEqualTo("Command failed with exit code 3");
  }
}
