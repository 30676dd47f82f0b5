package dev.sluice.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.JobLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python shell jobs that succeed: their arguments, environment and logs. */
class PythonShellJobTest {

  private static final String GREETER =
      """
      import os, sys
      from awsglue.utils import getResolvedOptions
      args = getResolvedOptions(sys.argv, ["JOB_NAME", "greeting"])
      print("argv " + " ".join(sys.argv[1:]))
      print(args["greeting"] + " from " + args["JOB_NAME"] + " run " + args["JOB_RUN_ID"])
      print("a warning", file=sys.stderr)
      """;

  @TempDir Path temp;
  private JobFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new JobFixture(temp);
  }

  private JobExit run(String script, Map<String, String> args) throws InterruptedException {
    var started =
        fixture
            .launcher()
            .start(
                JobFixture.launch(JobCommand.PYTHON_SHELL, script, args, JobFixture.PYTHON_LOGS));
    assertThat(started.isOk()).as("%s", started).isTrue();
    var exit = started.value().await(Duration.ofSeconds(30));
    assertThat(exit).as("the job ended").isNotNull();
    return exit;
  }

  private java.util.List<String> lines(String group) {
    return fixture.logs.messages(group, JobFixture.RUN_ID);
  }

  @Test
  void runsAScriptFromS3WithItsArgumentsAndLogsItsOutputInEveryOutputGroup() throws Exception {
    fixture.objects.put("scripts", "jobs/greet.py", GREETER);

    var exit = run("s3://scripts/jobs/greet.py", Map.of("--greeting", "hello"));

    assertThat(exit).isEqualTo(new JobExit(0, null));
    var printed =
        java.util.List.of(
            "argv --greeting hello --JOB_ID j_0123 --JOB_RUN_ID "
                + JobFixture.RUN_ID
                + " --JOB_NAME nightly --job-bookmark-option job-bookmark-disable",
            "hello from nightly run " + JobFixture.RUN_ID);
    assertThat(lines(JobLogs.PYTHON_OUTPUT)).isEqualTo(printed);
    assertThat(lines("/sluice/extra-output")).isEqualTo(printed);
    assertThat(lines(JobLogs.PYTHON_ERROR))
        .contains("a warning")
        .doesNotContainAnyElementsOf(printed);
  }

  @Test
  void theJobSeesSluicesEndpointRegionAndDummyCredentials() throws Exception {
    var environment = new HashMap<>(System.getenv());
    environment.remove("AWS_ACCESS_KEY_ID");
    environment.put("AWS_REGION", "ap-south-2");
    fixture.settings = fixture.settings.withEnvironment(environment);
    var script =
        Files.writeString(
            temp.resolve("env.py"),
            """
            import os
            for name in ["AWS_ENDPOINT_URL", "AWS_REGION", "AWS_DEFAULT_REGION",
                         "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "PYTHONUNBUFFERED"]:
                print(name + "=" + os.environ[name])
            """);

    var exit = run(script.toString(), Map.of());

    assertThat(exit.succeeded()).isTrue();
    assertThat(lines(JobLogs.PYTHON_OUTPUT))
        .containsExactly(
            "AWS_ENDPOINT_URL=" + JobFixture.ENDPOINT,
            "AWS_REGION=us-east-1",
            "AWS_DEFAULT_REGION=us-east-1",
            "AWS_ACCESS_KEY_ID=test",
            "AWS_SECRET_ACCESS_KEY=test",
            "PYTHONUNBUFFERED=1");
  }

  @Test
  void extraPythonFilesAreImportableAndAdditionalModulesAreNotInstalled() throws Exception {
    fixture
        .objects
        .put("code", "lib/helpers.py", "def shout(text):\n    return text.upper()\n")
        .put("code", "main.py", "import helpers\nprint(helpers.shout('quiet'))\n");

    var exit =
        run(
            "s3://code/main.py",
            Map.of(
                "--extra-py-files", "s3://code/lib/helpers.py",
                "--additional-python-modules", "pandas==2.2.0"));

    assertThat(exit.succeeded()).isTrue();
    assertThat(lines(JobLogs.PYTHON_OUTPUT)).containsExactly("QUIET");
    assertThat(lines(JobLogs.PYTHON_ERROR))
        .contains(
            "Sluice: --additional-python-modules is not installed (pandas==2.2.0): the job uses"
                + " the packages installed for python3");
  }

  @Test
  void eachRunWorksInADirectoryOfItsOwnRemovedWhenItEnds() throws Exception {
    var script = Files.writeString(temp.resolve("cwd.py"), "import os\nprint(os.getcwd())\n");

    run(script.toString(), Map.of());

    var dir = Path.of(lines(JobLogs.PYTHON_OUTPUT).get(0));
    assertThat(dir.getParent()).isEqualTo(fixture.workRoot.resolve("runs"));
    assertThat(dir).doesNotExist();
  }
}
