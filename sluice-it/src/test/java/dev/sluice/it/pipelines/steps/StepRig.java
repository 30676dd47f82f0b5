package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.PipelineClients;
import dev.sluice.it.support.PipelineRuns;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.SmtpMailbox;
import dev.sluice.it.support.SnsClients;
import dev.sluice.it.support.StepOutput;
import dev.sluice.it.support.WordCounts;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A Sluice (e-mail to a real SMTP server) with bucket {@value #BUCKET} holding the word-count
 * example's input under {@code words/} and its mapper under {@code scripts/}, the SDK clients the
 * step tests use, and running one-activity pipelines to their end.
 */
final class StepRig implements AutoCloseable {
  static final String BUCKET = "steps";

  final SmtpMailbox mail;
  final S3Client s3;
  final SnsClient sns;
  final CloudWatchLogsClient logs;
  final PipelineRuns pipelines;
  private final RunningSluice sluice;
  private final Path dataDir;

  private StepRig(SmtpMailbox mail, RunningSluice sluice, Path dataDir) {
    this.mail = mail;
    this.sluice = sluice;
    this.dataDir = dataDir;
    this.s3 = S3Clients.s3(sluice.endpoint());
    this.sns = SnsClients.sns(sluice.endpoint());
    this.logs = LogsClients.logs(sluice.endpoint());
    this.pipelines = new PipelineRuns(PipelineClients.dataPipeline(sluice.endpoint()));
  }

  static StepRig start() {
    var mail = new SmtpMailbox().start();
    try {
      var dataDir = Files.createTempDirectory("sluice-steps-");
      var config =
          SluiceConfig.defaults().withPort(0).withDataDir(dataDir).withSmtp(mail.address());
      var rig = new StepRig(mail, Sluice.create(config).start(), dataDir);
      rig.s3.createBucket(b -> b.bucket(BUCKET));
      for (var file : WordCounts.files(WordCounts.EXAMPLE.resolve("input")).entrySet()) {
        rig.putFile("words/" + file.getKey(), file.getValue());
      }
      rig.putFile("scripts/wordSplitter.py", WordCounts.EXAMPLE.resolve("wordSplitter.py"));
      rig.warmUp();
      return rig;
    } catch (IOException e) {
      mail.close();
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs one word count first: the first Spark launch of a build records the class data archive
   * (seconds slower), and only a successful launch keeps it, so tests of failing steps run first
   * would otherwise each pay for it.
   */
  private void warmUp() {
    runToSuccess(
        "warm-up",
        StepPipeline.of(
            StepPipeline.streaming(
                "-input", s3("words/"),
                "-output", freshOutput("warm-up"),
                "-mapper", s3("scripts/wordSplitter.py"),
                "-reducer", "aggregate")));
  }

  URI endpoint() {
    return sluice.endpoint();
  }

  /** {@code s3://steps/<key>}. */
  static String s3(String key) {
    return "s3://" + BUCKET + "/" + key;
  }

  /** A fresh output location {@code s3://steps/out/<name>-<random>}, for one run. */
  static String freshOutput(String name) {
    return s3("out/" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  void put(String key, String text) {
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(text));
  }

  void putFile(String key, Path file) {
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromFile(file));
  }

  /** What a step wrote to {@code s3://steps/<key>}. */
  StepOutput output(String uri) {
    return StepOutput.read(
        s3, BUCKET, uri.substring(uri.indexOf(BUCKET + "/") + BUCKET.length() + 1));
  }

  /** Creates and activates the pipeline and waits until it is FINISHED; returns its id. */
  String run(String name, StepPipeline pipeline) {
    var id = pipelines.start(name, pipeline.definition());
    pipelines.awaitFinished(id);
    return id;
  }

  /** Runs the pipeline and checks that its activity FINISHED. */
  String runToSuccess(String name, StepPipeline pipeline) {
    var id = run(name, pipeline);
    var instance = activity(id);
    assertThat(required(instance, "@status"))
        .as("%s; log:\n%s", instance, String.join("\n", logLines(id)))
        .isEqualTo("FINISHED");
    return id;
  }

  PipelineObject activity(String pipelineId) {
    return pipelines.instance(pipelineId, StepPipeline.ACTIVITY);
  }

  /** The activity's attempts, by attempt number. */
  List<PipelineObject> attempts(String pipelineId) {
    return pipelines.objectsOf(pipelineId, "ATTEMPT", StepPipeline.ACTIVITY).stream()
        .sorted(Comparator.comparing(PipelineObject::id))
        .toList();
  }

  /** Every line of the pipeline's log group, {@code /aws/datapipeline/<id>}, in time order. */
  List<String> logLines(String pipelineId) {
    return logEvents(pipelineId).map(FilteredLogEvent::message).toList();
  }

  Stream<FilteredLogEvent> logEvents(String pipelineId) {
    return logs
        .filterLogEventsPaginator(b -> b.logGroupName("/aws/datapipeline/" + pipelineId))
        .events()
        .stream();
  }

  /** Moves Sluice's clock forward ({@code POST /_sluice/time/advance?by=...}). */
  void advanceClock(String by) {
    try {
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(endpoint().resolve("/_sluice/time/advance?by=" + by))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code condition} holds, polling the way the step tests do. */
  static void awaitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
    await(what)
        .atMost(PipelineRuns.RUN_LIMIT)
        .pollInterval(Duration.ofMillis(300))
        .until(condition);
  }

  @Override
  public void close() {
    try {
      sluice.close();
    } finally {
      mail.close();
      deleteTree(dataDir);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> tree = Files.walk(root)) {
      for (var path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the run for
    }
  }
}
