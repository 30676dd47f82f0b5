package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Fixtures.CLUSTER;
import static dev.sluice.core.pipelines.run.Fixtures.INPUT;
import static dev.sluice.core.pipelines.run.Fixtures.OUTPUT;
import static dev.sluice.core.pipelines.run.Fixtures.WORD_COUNT;
import static dev.sluice.core.pipelines.run.Fixtures.WORD_COUNT_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.WorkItem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnDemandEmrRunTest {
  @TempDir Path root;
  RunHarness harness;
  String id;

  @BeforeEach
  void runsTheWordCount() {
    harness = new RunHarness(root);
    var definition =
        new PipelineDefinition(
            List.of(Fixtures.wordCount()),
            List.of(
                new ParameterObject(
                    "myCoreCount", List.of(new ParameterAttribute("default", "2")))),
            List.of());
    id = harness.create(definition);
    harness.start(id);
  }

  @Test
  void makesTheInstancesAndTheAttemptWithTheIdsDataPipelineGivesThem() {
    assertThat(harness.ids(id))
        .containsExactlyInAnyOrder(WORD_COUNT, INPUT, OUTPUT, CLUSTER, WORD_COUNT_1);
  }

  @Test
  void finishesTheActivityInstanceWithItsPeriodAttemptAndTimes() {
    var instance = harness.object(id, WORD_COUNT);
    assertThat(instance.status()).isEqualTo("FINISHED");
    assertThat(instance.fields())
        .contains(
            Field.ref("@componentParent", "WordCount"),
            Field.text("@sphere", "INSTANCE"),
            Field.text("@pipelineId", id),
            Field.text("type", "EmrActivity"),
            Field.text("@scheduledStartTime", "2026-11-20T22:15:00"),
            Field.text("@status", "FINISHED"),
            Field.ref("@headAttempt", WORD_COUNT_1),
            Field.text("@attemptCount", "1"),
            Field.text("@triesLeft", "2"),
            Field.text("@actualStartTime", "2026-11-20T22:15:00"),
            Field.text("@actualEndTime", "2026-11-20T22:15:00"),
            Field.ref("runsOn", CLUSTER),
            Field.ref("input", INPUT),
            Field.ref("output", OUTPUT));
  }

  @Test
  void finishesTheAttemptUnderItsInstance() {
    var attempt = harness.object(id, WORD_COUNT_1);
    assertThat(attempt.sphere()).isEqualTo("ATTEMPT");
    assertThat(attempt.parentId()).isEqualTo(WORD_COUNT);
    assertThat(attempt.taskId()).hasSizeGreaterThan(40);
    assertThat(attempt.fields())
        .contains(
            Field.ref("@instanceParent", WORD_COUNT),
            Field.ref("@componentParent", "WordCount"),
            Field.text("@sphere", "ATTEMPT"),
            Field.text("@status", "FINISHED"),
            Field.text("@actualStartTime", "2026-11-20T22:15:00"),
            Field.text("@actualEndTime", "2026-11-20T22:15:00"));
  }

  @Test
  void runsTheRenderedStepsOnTheClustersRenderedFields() {
    var calls = harness.work.callsFor("WordCount");
    assertThat(calls).hasSize(1);
    var emr = (WorkItem.Emr) calls.get(0).item();
    assertThat(emr.steps())
        .containsExactly(
            new EmrStep(
                "s3://bucket/hadoop-streaming.jar",
                List.of(
                    "-input",
                    "s3://bucket/input/",
                    "-output",
                    "s3://bucket/output/",
                    "-mapper",
                    "mapper.py",
                    "-reducer",
                    "aggregate")));
    assertThat(emr.preStepCommands()).containsExactly("echo starting 2026-11-20T22:15:00");
    assertThat(emr.postStepCommands()).containsExactly("echo done");
    assertThat(emr.resource())
        .containsEntry("id", "Cluster")
        .containsEntry("type", "EmrCluster")
        .containsEntry("releaseLabel", "emr-6.9.0")
        .containsEntry("masterInstanceType", "m5.xlarge")
        .containsEntry("coreInstanceCount", "2");
  }

  @Test
  void runsTheWorkInItsOwnDirectoryWithACloudWatchLogStream() {
    var context = harness.work.callsFor("WordCount").get(0).context();
    assertThat(context.pipelineId()).isEqualTo(id);
    assertThat(context.attemptId()).isEqualTo(WORD_COUNT_1);
    assertThat(context.workDir())
        .isEqualTo(root.resolve(id).resolve("_WordCount_2026-11-20T22_15_00_Attempt_1"))
        .isDirectory();
    assertThat(context.logGroup()).isEqualTo("/aws/datapipeline/" + id);
    assertThat(context.logStream()).isEqualTo("WordCount/2026-11-20T22-15-00/attempt-1");
    assertThat(context.timeout()).isNull();
  }

  @Test
  void finishesTheResourceAndTheDataNodesOfThePeriod() {
    assertThat(harness.status(id, CLUSTER)).isEqualTo("FINISHED");
    assertThat(harness.status(id, INPUT)).isEqualTo("FINISHED");
    assertThat(harness.status(id, OUTPUT)).isEqualTo("FINISHED");
    assertThat(harness.field(id, CLUSTER, "@actualEndTime")).contains("2026-11-20T22:15:00");
  }

  @Test
  void finishesThePipelineHealthyWithItsRunTimes() {
    var pipeline = harness.pipeline(id);
    assertThat(pipeline.state()).isEqualTo("FINISHED");
    assertThat(pipeline.runtimeFields())
        .containsEntry("@finishedTime", "2026-11-20T22:15:00")
        .containsEntry("@healthStatus", "HEALTHY")
        .containsEntry("@healthStatusFromInstanceId", WORD_COUNT)
        .containsEntry("@latestRunTime", "2026-11-20T22:15:00")
        .containsEntry("@latestCompletedRunTime", "2026-11-20T22:15:00")
        .doesNotContainKey("@nextRunTime");
  }

  @Test
  void writesStartAndEndLinesAndWherePipelineLogUriPointsToTheAttemptsStream() {
    assertThat(harness.logs.messages("WordCount/2026-11-20T22-15-00/attempt-1"))
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("Attempt " + WORD_COUNT_1 + " started");
              assertThat(lines.get(1)).contains("s3://logs/wordcount/");
              assertThat(lines.get(2)).isEqualTo("Attempt " + WORD_COUNT_1 + " finished");
            });
    assertThat(harness.logs.lines()).allMatch(l -> l.group().equals("/aws/datapipeline/" + id));
  }

  @Test
  void doesNothingMoreOnceFinished() {
    int events = harness.catalog.events().size();
    harness.advance(Duration.ofDays(2));
    assertThat(harness.catalog.events()).hasSize(events);
    assertThat(harness.work.calls()).hasSize(1);
  }
}
