package dev.sluice.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.JobLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python shell jobs that fail, and the error message Glue would show for them. */
class PythonShellFailureTest {

  @TempDir Path temp;
  private JobFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new JobFixture(temp);
  }

  private JobExit run(String code, Map<String, String> args) throws Exception {
    var script = Files.writeString(temp.resolve("job.py"), code);
    var launch =
        JobFixture.launch(JobCommand.PYTHON_SHELL, script.toString(), args, JobFixture.PYTHON_LOGS);
    var exit = fixture.launcher().start(launch).value().await(Duration.ofSeconds(30));
    assertThat(exit).isNotNull();
    return exit;
  }

  @Test
  void aMissingArgumentFailsWithGlueArgumentError() throws Exception {
    var exit =
        run(
            """
            import sys
            from awsglue.utils import getResolvedOptions
            getResolvedOptions(sys.argv, ["JOB_NAME", "parameter1"])
            """,
            Map.of());

    assertThat(exit)
        .isEqualTo(
            new JobExit(
                1,
                "awsglue.utils.GlueArgumentError: the following arguments are required:"
                    + " --parameter1"));
  }

  @Test
  void anUncaughtExceptionGivesItsTracebacksLastLine() throws Exception {
    var exit = run("print('working')\nraise ValueError('bad')\n", Map.of());

    assertThat(exit).isEqualTo(new JobExit(1, "ValueError: bad"));
    assertThat(fixture.logs.messages(JobLogs.PYTHON_ERROR, JobFixture.RUN_ID))
        .contains("Traceback (most recent call last):", "ValueError: bad")
        .endsWith("Sluice: the job run failed: ValueError: bad");
  }

  @Test
  void aNonZeroExitWithoutATracebackFailsWithTheExitCode() throws Exception {
    var exit = run("import sys\nprint('no luck', file=sys.stderr)\nsys.exit(3)\n", Map.of());

    assertThat(exit).isEqualTo(new JobExit(3, "Command failed with exit code 3"));
  }

  @Test
  void aMissingScriptFailsToStartAndLeavesNoDirectory() {
    var launch =
        JobFixture.launch(
            JobCommand.PYTHON_SHELL, "s3://scripts/none.py", Map.of(), JobFixture.PYTHON_LOGS);

    var started = fixture.launcher().start(launch);

    assertThat(started.isOk()).isFalse();
    assertThat(started.failure().message()).isEqualTo("File does not exist: s3://scripts/none.py");
    assertThat(fixture.workRoot.resolve("runs")).isEmptyDirectory();
  }
}
