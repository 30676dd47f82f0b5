package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityWorkTest {
  @TempDir Path root;

  private static S3Location s3(String uri) {
    return S3Location.parse(uri).value();
  }

  @Test
  void runsAShellCommandActivityWithItsStagedDataNodesRendered() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            shell(
                "Shell",
                "wc -l ${INPUT1_STAGING_DIR}/* > ${OUTPUT1_STAGING_DIR}/count",
                text("scriptArgument", "#{@scheduledStartTime}"),
                text("scriptArgument", "two"),
                text("stage", "true"),
                text("stdout", "s3://logs/#{@scheduledStartTime}/stdout"),
                ref("input", "In"),
                ref("output", "Out")),
            node("In", "s3://bucket/in/"),
            object("Out", "S3DataNode", text("filePath", "s3://bucket/out/count.txt")));
    harness.start(id);

    assertThat(harness.work.callsFor("Shell").get(0).item())
        .isEqualTo(
            new WorkItem.Shell(
                "wc -l ${INPUT1_STAGING_DIR}/* > ${OUTPUT1_STAGING_DIR}/count",
                null,
                List.of("2026-11-20T22:15:00", "two"),
                true,
                List.of(s3("s3://bucket/in/")),
                List.of(s3("s3://bucket/out/count.txt")),
                "s3://logs/2026-11-20T22:15:00/stdout",
                null));
  }

  @Test
  void stagesOnlyWhenAskedTo() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            object(
                "Script",
                "ShellCommandActivity",
                text("scriptUri", "s3://bucket/run.sh"),
                ref("runsOn", "Box")));
    harness.start(id);

    var shell = (WorkItem.Shell) harness.work.callsFor("Script").get(0).item();
    assertThat(shell.command()).isNull();
    assertThat(shell.scriptUri()).isEqualTo("s3://bucket/run.sh");
    assertThat(shell.stage()).isFalse();
  }

  @Test
  void copiesBetweenAFileAndADirectory() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            object(
                "Copy",
                "CopyActivity",
                ref("input", "From"),
                ref("output", "To"),
                ref("runsOn", "Box")),
            object("From", "S3DataNode", text("filePath", "s3://bucket/a.csv")),
            node("To", "s3://bucket/archive/#{@scheduledStartTime}/"));
    harness.start(id);

    assertThat(harness.work.callsFor("Copy").get(0).item())
        .isEqualTo(
            new WorkItem.Copy(
                s3("s3://bucket/a.csv"), false,
                s3("s3://bucket/archive/2026-11-20T22:15:00/"), true));
  }

  @Test
  void runsAHadoopActivityAsOneStepWithItsMainClassFirst() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            object(
                "Hadoop",
                "HadoopActivity",
                text("jarUri", "s3://bucket/wordcount.jar"),
                text("mainClass", "org.example.WordCount"),
                text("argument", "s3://bucket/in/"),
                text("argument", "s3://bucket/out/"),
                ref("runsOn", "Cluster")),
            object("Cluster", "EmrCluster", text("releaseLabel", "emr-6.9.0")));
    harness.start(id);

    var emr = (WorkItem.Emr) harness.work.callsFor("Hadoop").get(0).item();
    assertThat(emr.steps())
        .containsExactly(
            new EmrStep(
                "s3://bucket/wordcount.jar",
                List.of("org.example.WordCount", "s3://bucket/in/", "s3://bucket/out/")));
    assertThat(emr.resource()).containsEntry("releaseLabel", "emr-6.9.0");
  }

  @Test
  void failsTheAttemptWhenAnExpressionDoesNotEvaluate() {
    var harness = new RunHarness(root);
    var id =
        harness.create(onDemand(text("maximumRetries", "0")), shell("Shell", "echo #{nowhere}"));
    harness.start(id);

    assertThat(harness.work.calls()).isEmpty();
    assertThat(harness.status(id, "@Shell_2026-11-20T22:15:00")).isEqualTo("FAILED");
    assertThat(harness.field(id, "@Shell_2026-11-20T22:15:00", "errorMessage"))
        .hasValueSatisfying(m -> assertThat(m).contains("'nowhere' is neither a field"));
  }

  @Test
  void failsTheAttemptWhenTheWorkThrows() {
    var harness = new RunHarness(root);
    harness.work.custom(
        call -> {
          throw new IllegalStateException("no such jar");
        });
    var id = harness.create(onDemand(text("maximumRetries", "0")), shell("Shell", "true"));
    harness.start(id);

    assertThat(harness.field(id, "@Shell_2026-11-20T22:15:00_Attempt=1", "errorMessage"))
        .contains("no such jar");
    assertThat(harness.field(id, "@Shell_2026-11-20T22:15:00_Attempt=1", "errorStackTrace"))
        .hasValueSatisfying(t -> assertThat(t).contains("IllegalStateException"));
  }
}
