package dev.sluice.it.pipelines.scenario;

import static dev.sluice.it.pipelines.scenario.WordCountExample.BUCKET;
import static dev.sluice.it.pipelines.scenario.WordCountExample.OUTPUT;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.PipelineClients;
import dev.sluice.it.support.PipelineRuns;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import dev.sluice.it.support.SnsClients;
import dev.sluice.it.support.StepOutput;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Sluice, run as its own process, is killed with SIGKILL twice during the word count's step (40
 * reduce tasks): first while Spark runs, then, after a restart, while the resumed attempt uploads
 * its output. The Spark JVM left behind stops; after each restart the attempt runs again from the
 * start, the second time replacing the parts the killed run had uploaded; the pipeline finishes
 * with exactly one whole output (every part and {@code _SUCCESS}, the counts right).
 */
class WordCountSurvivesKillNineTest {
  private static final int REDUCES = 40;

  @Test
  void aStepKilledWhileSparkRunsAndAgainWhileUploadingEndsWithOneWholeOutput(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    String pipelineId;
    try (var server = ServerProcess.start(data, log)) {
      var endpoint = server.endpoint();
      WordCountExample.createBuckets(S3Clients.s3(endpoint));
      var topic = SnsClients.sns(endpoint).createTopic(b -> b.name("wordcount")).topicArn();
      var pipelines = pipelines(endpoint);
      pipelineId =
          pipelines.start(
              "wordcount", WordCountExample.template(topic, ",-numReduceTasks," + REDUCES));
      var spark = awaitSparkJvm(server);
      assertThat(pipelines.objects(pipelineId, "ATTEMPT"))
          .singleElement()
          .satisfies(a -> assertThat(required(a, "@status")).isEqualTo("RUNNING"));
      server.kill();
      await("the killed server's Spark JVM ends")
          .atMost(Duration.ofMinutes(1))
          .until(() -> !spark.isAlive());
    }

    try (var server = ServerProcess.start(data, log)) {
      var leftBehind = killWhileUploading(server, S3Clients.s3(server.endpoint()));
      assertThat(leftBehind)
          .as("the second kill came while the parts were uploaded")
          .isNotEmpty()
          .noneMatch(key -> key.endsWith("/_SUCCESS"));
    }

    try (var server = ServerProcess.start(data, log)) {
      var pipelines = pipelines(server.endpoint());
      var attempt =
          await("the attempt ends")
              .atMost(PipelineRuns.RUN_LIMIT)
              .until(
                  () -> pipelines.objects(pipelineId, "ATTEMPT").get(0),
                  a -> !required(a, "@status").equals("RUNNING"));
      assertThat(required(attempt, "@status"))
          .as("%s", PipelineRuns.field(attempt, "errorMessage"))
          .isEqualTo("FINISHED");
      pipelines.awaitFinished(pipelineId);
      assertThat(pipelines.objects(pipelineId, "ATTEMPT")).hasSize(1);
      var instance = pipelines.instance(pipelineId, "EmrActivityObj");
      assertThat(required(instance, "@status")).isEqualTo("FINISHED");
      var output =
          StepOutput.read(
              S3Clients.s3(server.endpoint()),
              BUCKET,
              OUTPUT + required(instance, "@scheduledStartTime"));
      var parts = IntStream.range(0, REDUCES).mapToObj(i -> String.format("part-%05d", i));
      assertThat(output.names())
          .containsExactlyElementsOf(Stream.concat(Stream.of("_SUCCESS"), parts).toList());
      assertThat(output.keyValues()).isEqualTo(WordCountExample.expectedCounts());
      var lines = logLines(server.endpoint(), pipelineId);
      assertThat(lines.stream().filter(l -> l.contains("resumed: Sluice stopped while it ran")))
          .hasSize(2);
      assertThat(lines)
          .anyMatch(
              line ->
                  line.matches(
                      "Sluice: removed \\d+ objects an earlier run of this attempt left in .*"));
    }
  }

  /**
   * Watches the output prefix and kills the server once some of the step's parts are there but not
   * {@code _SUCCESS}; returns the keys seen then.
   */
  private static List<String> killWhileUploading(ServerProcess server, S3Client s3) {
    var seen =
        await("the first uploaded part")
            .atMost(PipelineRuns.RUN_LIMIT)
            .pollInterval(Duration.ofMillis(5))
            .until(
                () ->
                    s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(OUTPUT)).contents().stream()
                        .map(S3Object::key)
                        .toList(),
                keys -> !keys.isEmpty());
    server.kill();
    return seen;
  }

  private static PipelineRuns pipelines(URI endpoint) {
    return new PipelineRuns(PipelineClients.dataPipeline(endpoint));
  }

  /** Waits until the server has started a Spark JVM for the step; returns it. */
  private static ProcessHandle awaitSparkJvm(ServerProcess server) {
    return await("the step's Spark JVM")
        .atMost(PipelineRuns.RUN_LIMIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> SparkJvms.of(server.handle()), jvms -> !jvms.isEmpty())
        .get(0);
  }

  private static List<String> logLines(URI endpoint, String pipelineId) {
    return LogsClients.logs(endpoint)
        .filterLogEventsPaginator(b -> b.logGroupName("/aws/datapipeline/" + pipelineId))
        .events()
        .stream()
        .map(FilteredLogEvent::message)
        .toList();
  }
}
