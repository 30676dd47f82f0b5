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

/**
 * How the Spark JVM is started, seen from inside it (the stand-in reports; {@link StandInSpark}).
 */
class SparkJvmTest {

  @TempDir Path temp;
  private final RecordedLogs logs = new RecordedLogs();
  private TempDirObjectFiles objects;
  private SparkStepRunner runner;

  @BeforeEach
  void setUp() throws IOException {
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("blobs")), true);
    objects.bucket("out").put("data", "a.txt", "a\n");
    runner = new SparkStepRunner(StandInSpark.settings(temp.resolve("steps"), logs));
  }

  private WorkOutcome run(EmrStep step) {
    var context = new WorkContext("df-1", "@s_1", temp, "g", "s", Duration.ofMinutes(1));
    return runner.run(step, Map.of(), objects, context);
  }

  @Test
  void runsSparkSubmitWithTheMasterAndSluicesSettings() {
    var outcome =
        run(EmrStep.parse("s3://x/hadoop-streaming.jar,-input,s3://data/a.txt,-output,s3://out/o"));

    assertThat(outcome.succeeded()).isTrue();
    var argv = StandInSpark.reported(logs.messages(), "standin-argv");
    assertThat(argv.subList(0, 2)).containsExactly("--master", "local[2]");
    assertThat(argv)
        .contains(
            "spark.ui.enabled=false",
            "spark.ui.showConsoleProgress=false",
            "spark.extraListeners=dev.sluice.spark.OrphanGuard",
            "spark.sluice.parentPid=" + ProcessHandle.current().pid());
    assertThat(argv.subList(argv.size() - 4, argv.size() - 1))
        .containsExactly(
            "--class", "dev.sluice.spark.StreamingMain", StandInSpark.SPARK_JAR.toString());
    assertThat(argv.get(argv.size() - 1)).endsWith("/spec.json");
    assertThat(StandInSpark.reported(logs.messages(), "standin-jvm-arg"))
        .startsWith("-XX:+IgnoreUnrecognizedVMOptions")
        .contains(
            "-Xmx512m",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow")
        .noneMatch(
            arg -> arg.contains("SharedArchiveFile") || arg.contains("ArchiveClassesAtExit"));
    assertThat(logs.messages())
        .contains("standin-env SPARK_LOCAL_IP=127.0.0.1")
        .anySatisfy(line -> assertThat(line).startsWith("standin-tmpdir " + temp.resolve("steps")))
        .anySatisfy(line -> assertThat(line).matches("standin-heap-mb (4[89]\\d|5[01]\\d)"));
  }

  @Test
  void theFirstSuccessfulJvmRecordsTheClassDataArchiveTheNextOnesUse() throws IOException {
    var classData = temp.resolve("class-data");
    var settings = StandInSpark.settings(temp.resolve("steps"), logs);
    runner =
        new SparkStepRunner(
            new SparkSettings(
                settings.javaHome(),
                settings.classpath(),
                settings.master(),
                "512m",
                settings.workRoot(),
                logs,
                settings.clock(),
                classData));
    var step = new EmrStep(StandInSpark.APP_JAR.toString(), List.of("demo.Args"));

    run(new EmrStep(StandInSpark.APP_JAR.toString(), List.of("demo.Args", "exit=1")));
    assertThat(classData).doesNotExist();
    run(step);
    try (var archives = Files.list(classData)) {
      assertThat(archives.toList())
          .singleElement()
          .satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));
    }
    run(step);

    var archiveArgs =
        StandInSpark.reported(logs.messages(), "standin-jvm-arg").stream()
            .filter(arg -> arg.contains("Archive"))
            .map(arg -> arg.substring(0, arg.indexOf('=')))
            .toList();
    assertThat(archiveArgs)
        .containsExactly(
            "-XX:ArchiveClassesAtExit", "-XX:ArchiveClassesAtExit", "-XX:SharedArchiveFile");
  }

  @Test
  void onlyStreamingStepsRunWithSluiceSparksQuietLoggingOthersKeepSparksDefault() {
    run(EmrStep.parse("s3://x/hadoop-streaming.jar,-input,s3://data/a.txt,-output,s3://out/o"));
    var streaming = StandInSpark.reported(logs.messages(), "standin-jvm-arg");
    run(new EmrStep(StandInSpark.APP_JAR.toString(), List.of("demo.Args")));
    var both = StandInSpark.reported(logs.messages(), "standin-jvm-arg");
    var jar = both.subList(streaming.size(), both.size());

    var option = "-Dlog4j2.configurationFile=sluice-streaming-log4j2.properties";
    assertThat(streaming).contains(option);
    assertThat(jar).isNotEmpty().noneMatch(arg -> arg.contains("log4j2"));
  }

  @Test
  void argumentsReachTheApplicationIntact() {
    var awkward =
        List.of(
            "a b",
            "say \"hi\"",
            "back\\slash",
            "#not a comment",
            "two\nlines",
            "tab\there",
            "'single'",
            "");
    var args = new java.util.ArrayList<String>(List.of("demo.Args"));
    args.addAll(awkward);

    var outcome = run(new EmrStep(StandInSpark.APP_JAR.toString(), args));

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(StandInSpark.reported(logs.messages(), "standin-app-arg"))
        .containsExactlyElementsOf(awkward);
  }

  @Test
  void logsTheTimeFromLaunchToTheFirstSparkTask() {
    run(EmrStep.parse("s3://x/hadoop-streaming.jar,-input,s3://data/a.txt,-output,s3://out/o"));

    var timings =
        logs.messages().stream()
            .filter(line -> line.startsWith(SparkStepRunner.FIRST_TASK_LINE))
            .toList();
    assertThat(timings).hasSize(1);
    assertThat(timings.get(0)).matches("Sluice: first Spark task started after \\d+ ms");
    assertThat(logs.messages())
        .anySatisfy(
            line -> assertThat(line).matches("Sluice: Spark ended with exit code 0 after \\d+ ms"));
  }
}
