package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.PipelineClients;
import dev.sluice.it.support.PipelineRuns;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepOutput;
import dev.sluice.it.support.WordCounts;
import dev.sluice.junit.SluiceExtension;
import dev.sluice.server.SparkOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Sluice with {@code --spark-master spark://...} submits the word count step to a real Spark
 * standalone cluster (a master and a worker started here from the same jars): the counts are right
 * and the application appears among the master's completed applications.
 */
class StandaloneClusterTest {
  private static final Path DIR = Path.of("target", "spark-standalone").toAbsolutePath();
  private static SparkStandalone cluster;

  @RegisterExtension
  static final SluiceExtension SLUICE =
      SluiceExtension.withConfig(
          c -> c.withSpark(SparkOptions.defaults().withMaster(startCluster().masterUrl())));

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theWordCountRunsOnTheClusterAndIsListedAsACompletedApplication() throws Exception {
    var s3 = S3Clients.s3(SLUICE.endpoint());
    s3.createBucket(b -> b.bucket("cluster"));
    for (var file : WordCounts.files(WordCounts.EXAMPLE.resolve("input")).entrySet()) {
      s3.putObject(
          b -> b.bucket("cluster").key("words/" + file.getKey()),
          RequestBody.fromFile(file.getValue()));
    }
    s3.putObject(
        b -> b.bucket("cluster").key("wordSplitter.py"),
        RequestBody.fromFile(WordCounts.EXAMPLE.resolve("wordSplitter.py")));
    var pipelines = new PipelineRuns(PipelineClients.dataPipeline(SLUICE.endpoint()));

    var id =
        pipelines.start(
            "on-the-cluster",
            StepPipeline.of(
                    streaming(
                        "-input", "s3://cluster/words/",
                        "-output", "s3://cluster/counts",
                        "-mapper", "s3://cluster/wordSplitter.py",
                        "-reducer", "aggregate"))
                .definition());
    pipelines.awaitFinished(id);

    assertThat(required(pipelines.instance(id, StepPipeline.ACTIVITY), "@status"))
        .as("%s", cluster.logs())
        .isEqualTo("FINISHED");
    assertThat(StepOutput.read(s3, "cluster", "counts").keyValues())
        .isEqualTo(WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input")));
    var completed = cluster.state().path("completedapps");
    assertThat(completed).hasSize(1);
    var app = completed.get(0);
    assertThat(app.path("name").asText()).isEqualTo("dev.sluice.spark.StreamingMain");
    assertThat(app.path("state").asText()).isEqualTo("FINISHED");
    assertThat(cluster.executorStderr(app.path("id").asText(), 0))
        .as("tasks ran in the worker's executor")
        .contains("Running task 0.0 in stage 0.0");
  }

  /** Started as Sluice's configuration is made, so that Sluice knows the master's URL. */
  private static SparkStandalone startCluster() {
    try {
      Files.createDirectories(DIR);
      cluster = SparkStandalone.start(Files.createTempDirectory(DIR, "cluster-"));
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
