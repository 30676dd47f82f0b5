package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom jar and spark-submit steps, on the stand-in Spark ({@link StandInSpark}). */
class JarStepTest {

  @TempDir Path temp;
  private final RecordedLogs logs = new RecordedLogs();
  private TempDirObjectFiles objects;
  private SparkStepRunner runner;

  @BeforeEach
  void setUp() throws IOException {
    StandInSpark.build();
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("blobs")), true);
    objects.put("code", "lib/dep.jar", "dep");
    Files.copy(StandInSpark.APP_JAR, temp.resolve("app-copy.jar"));
    runner = new SparkStepRunner(StandInSpark.settings(temp.resolve("steps"), logs));
  }

  private WorkOutcome run(String jar, String... args) {
    var context = new WorkContext("df-1", "@s_1", temp, "g", "s", Duration.ofMinutes(1));
    return runner.run(new EmrStep(jar, List.of(args)), Map.of(), objects, context);
  }

  private List<String> argv() {
    return StandInSpark.reported(logs.messages(), "standin-argv");
  }

  @Test
  void aJarWithoutMainClassRunsTheClassItsFirstArgumentNames() {
    var outcome = run("app-copy.jar", "demo/Args", "one", "two");

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(argv())
        .containsSequence(
            "--class", "demo.Args", temp.resolve("app-copy.jar").toString(), "one", "two");
    assertThat(StandInSpark.reported(logs.messages(), "standin-app-arg"))
        .containsExactly("one", "two");
  }

  @Test
  void aJarWithMainClassGetsEveryArgument() {
    var outcome = run(StandInSpark.APP_MAIN_JAR.toString(), "demo.Other", "two");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(argv()).doesNotContain("--class");
    assertThat(logs.messages())
        .anySatisfy(line -> assertThat(line).startsWith(SparkStepRunner.FIRST_TASK_LINE));
    assertThat(StandInSpark.reported(logs.messages(), "standin-app-arg"))
        .containsExactly("demo.Other", "two");
  }

  @Test
  void theExitCodeDecides() {
    var outcome = run(StandInSpark.APP_MAIN_JAR.toString(), "exit=3");

    assertThat(outcome.errorMessage()).isEqualTo("app-main.jar failed with exit code 3");
    assertThat(outcome.errorStackTrace()).contains("stand-in application failing");
  }

  @Test
  void aJarOnS3IsDownloadedFirst() throws IOException {
    objects.put("code", "app.jar", Files.readAllBytes(StandInSpark.APP_JAR));

    var outcome = run("s3://code/app.jar", "demo.Args", "x");

    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
  }

  @Test
  void aMissingJarOrMainClassFailsTheStep() {
    assertThat(run("s3://code/none.jar", "demo.Args").errorMessage())
        .isEqualTo("JAR does not exist or is not a normal file: s3://code/none.jar");
    assertThat(run("app-copy.jar").errorMessage())
        .isEqualTo(
            "No main class: app-copy.jar has no Main-Class in its manifest and the step names none");
  }

  @Test
  void sparkSubmitThroughCommandRunnerRunsOnSluicesMaster() throws IOException {
    Files.copy(StandInSpark.APP_JAR, temp.resolve("local-app.jar"));

    var outcome =
        run(
            "command-runner.jar",
            "spark-submit",
            "--deploy-mode",
            "cluster",
            "--master=yarn",
            "--jars",
            "s3://code/lib/dep.jar,/opt/other.jar",
            "--class",
            "demo.Args",
            "--verbose",
            temp.resolve("local-app.jar").toString(),
            "s3://data/in",
            "--flag");

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(argv())
        .containsOnlyOnce("--master")
        .doesNotContain("yarn", "--deploy-mode", "cluster");
    var jars = argv().get(argv().indexOf("--jars") + 1);
    assertThat(jars).endsWith("/dep.jar,/opt/other.jar").doesNotStartWith("s3:");
    assertThat(StandInSpark.reported(logs.messages(), "standin-app-arg"))
        .containsExactly("s3://data/in", "--flag");
    assertThat(logs.messages())
        .contains("Sluice: spark-submit --master yarn replaced by Sluice's master");
  }

  @Test
  void otherCommandRunnerCommandsAreRefused() {
    assertThat(run("command-runner.jar", "s3-dist-cp", "--src", "s3://a").errorMessage())
        .isEqualTo(
            "command-runner.jar: Sluice runs spark-submit and hadoop-streaming, not 's3-dist-cp'");
  }
}
