package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A script that exits non-zero fails its run with {@code Command failed with exit code N}; one that
 * raises fails it with the exception's line. Standard error goes to {@code /aws-glue/jobs/error}
 * (and {@code /aws-glue/python-jobs/error}), not to the output group.
 */
@ExtendWith(SharedJobs.class)
class FailedRunTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void anExitCodeFailsTheRunAndStandardErrorIsInTheErrorGroup() {
    jobs.pythonShell(
        "exits-three",
        """
        import sys
        print("to standard output")
        print("to standard error", file=sys.stderr)
        sys.exit(3)
        """);

    var run = jobs.runToEnd("exits-three", Map.of());

    assertThat(run.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(run.errorMessage()).isEqualTo("Command failed with exit code 3");
    assertThat(run.completedOn()).isAfterOrEqualTo(run.startedOn());
    assertThat(jobs.lines(Jobs.ERROR, run.id()))
        .contains("to standard error")
        .doesNotContain("to standard output");
    assertThat(jobs.lines("/aws-glue/python-jobs/error", run.id())).contains("to standard error");
    assertThat(jobs.lines(Jobs.OUTPUT, run.id()))
        .contains("to standard output")
        .doesNotContain("to standard error");
  }

  @Test
  void anExceptionFailsTheRunWithItsLine() {
    jobs.pythonShell(
        "raises",
        """
        def load(table):
            raise ValueError("table " + table + " has no rows")
        load("orders")
        """);

    var run = jobs.runToEnd("raises", Map.of());

    assertThat(run.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(run.errorMessage()).isEqualTo("ValueError: table orders has no rows");
    assertThat(jobs.lines(Jobs.ERROR, run.id()))
        .contains("Traceback (most recent call last):", "ValueError: table orders has no rows");
  }
}
