package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients the jobs section drives Sluice with: the AWS SDK for Java v2 for S3 (the job's jar
 * and script), Glue (CreateJob) and CloudWatch Logs (the runs' output); the wire client ({@link
 * GlueWire}) for the runs it times.
 */
final class JobClients implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::123456789012:role/bench";
  static final String OUTPUT_GROUP = "/aws-glue/jobs/output";
  static final String ERROR_GROUP = "/aws-glue/jobs/error";
  private static final List<String> ENDED = List.of("FAILED", "STOPPED", "TIMEOUT", "ERROR");

  /** A run that SUCCEEDED: when StartJobRun was sent (epoch ms), its id, and ms to SUCCEEDED. */
  record Succeeded(long sentAt, String runId, double millis) {}

  private final S3Client s3;
  private final GlueClient glue;
  private final CloudWatchLogsClient logs;
  private final GlueWire wire;

  JobClients(URI endpoint) {
    this.wire = new GlueWire(endpoint);
    var sdk =
        new BenchSdk(
            endpoint,
            ApacheHttpClient.builder().maxConnections(4).socketTimeout(Duration.ofMinutes(1)));
    this.s3 = sdk.s3();
    this.glue = sdk.client(GlueClient.builder());
    this.logs = sdk.client(CloudWatchLogsClient.builder());
  }

  void createBucket(String bucket) {
    s3.createBucket(b -> b.bucket(bucket));
  }

  void upload(String bucket, String key, Path file) {
    s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
  }

  /** A glueetl job running {@code jar}'s {@code mainClass} ({@code --class}) with {@code args}. */
  void createJarJob(String name, String jar, String mainClass, Map<String, String> args) {
    var arguments = new HashMap<>(args);
    arguments.put("--class", mainClass);
    glue.createJob(
        b ->
            b.name(name)
                .role(ROLE)
                .command(c -> c.name("glueetl").scriptLocation(jar))
                .defaultArguments(arguments));
  }

  /** A Python shell job (Python 3.9, 1/16 DPU) running {@code script}. */
  void createPythonShellJob(String name, String script) {
    glue.createJob(
        b ->
            b.name(name)
                .role(ROLE)
                .command(c -> c.name("pythonshell").pythonVersion("3.9").scriptLocation(script))
                .maxCapacity(0.0625));
  }

  /**
   * StartJobRun, then GetJobRun every {@code poll} until the run SUCCEEDED, both through the wire
   * client; fails when the run ends otherwise or not within {@code limit}.
   */
  Succeeded run(String jobName, Duration poll, Duration limit) throws IOException {
    long sentAt = System.currentTimeMillis();
    long started = System.nanoTime();
    var runId = wire.startJobRun(jobName);
    while (true) {
      var run = wire.getJobRun(jobName, runId);
      var state = run.path("JobRunState").asText();
      if ("SUCCEEDED".equals(state)) {
        return new Succeeded(sentAt, runId, (System.nanoTime() - started) / 1e6);
      }
      if (ENDED.contains(state)) {
        throw new IOException(
            jobName
                + " run "
                + runId
                + " ended "
                + state
                + ": "
                + run.path("ErrorMessage").asText()
                + "; the end of its error log:\n"
                + errorTail(runId));
      }
      if (System.nanoTime() - started > limit.toNanos()) {
        throw new IOException(jobName + " run " + runId + " still " + state + " after " + limit);
      }
      LockSupport.parkNanos(poll.toNanos());
    }
  }

  /** The events of a run's stream {@code runId} in {@code group}, oldest first. */
  List<StepTimeline.Line> logLines(String group, String runId) {
    return logs
        .getLogEvents(b -> b.logGroupName(group).logStreamName(runId).startFromHead(true))
        .events()
        .stream()
        .map(JobClients::line)
        .toList();
  }

  private String errorTail(String runId) {
    var lines = logLines(ERROR_GROUP, runId).stream().map(StepTimeline.Line::message).toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static StepTimeline.Line line(OutputLogEvent event) {
    return new StepTimeline.Line(event.timestamp(), event.message());
  }

  @Override
  public void close() throws IOException {
    wire.close();
    s3.close();
    glue.close();
    logs.close();
  }
}
