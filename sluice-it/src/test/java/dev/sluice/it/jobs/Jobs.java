package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.GlueClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.JobRunState;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A Sluice (in this JVM, on a free port) and its Glue jobs as the tests use them, through the SDK
 * only: scripts uploaded to bucket {@value #BUCKET}, Python shell jobs created from them, runs
 * started and waited for, and their log lines read back through CloudWatch Logs' GetLogEvents.
 */
final class Jobs implements AutoCloseable {
  static final String BUCKET = "glue-scripts";
  static final String OUTPUT = "/aws-glue/jobs/output";
  static final String ERROR = "/aws-glue/jobs/error";

  /** How long a wait for a run may take before a test gives up. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Set<JobRunState> ENDED =
      Set.of(
          JobRunState.STOPPED,
          JobRunState.SUCCEEDED,
          JobRunState.FAILED,
          JobRunState.TIMEOUT,
          JobRunState.ERROR,
          JobRunState.EXPIRED);

  final URI endpoint;
  final GlueClient glue;
  final S3Client s3;
  final CloudWatchLogsClient logs;
  private final RunningSluice sluice;
  private final Path dataDir;

  private Jobs(RunningSluice sluice, Path dataDir) {
    this.sluice = sluice;
    this.dataDir = dataDir;
    this.endpoint = sluice.endpoint();
    this.glue = GlueClients.glue(endpoint);
    this.s3 = S3Clients.s3(endpoint);
    this.logs = LogsClients.logs(endpoint);
  }

  /** A new Sluice with a fresh data directory and the scripts' bucket. */
  static Jobs start() {
    try {
      var dataDir = Files.createTempDirectory("sluice-jobs-");
      var config = SluiceConfig.defaults().withPort(0).withDataDir(dataDir);
      var jobs = new Jobs(Sluice.create(config).start(), dataDir);
      jobs.s3.createBucket(b -> b.bucket(BUCKET));
      return jobs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      sluice.close();
    } finally {
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

  /** Uploads {@code bytes} as {@code s3://glue-scripts/<key>}; answers that location. */
  String upload(String key, byte[] bytes) {
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    return "s3://" + BUCKET + "/" + key;
  }

  /** Uploads a Python script as {@code s3://glue-scripts/scripts/<name>.py}. */
  String script(String name, String python) {
    return upload("scripts/" + name + ".py", python.getBytes(StandardCharsets.UTF_8));
  }

  /** A new pythonshell job (Python 3.9) running {@code python}; {@code more} adds to it. */
  void pythonShell(String name, String python, Consumer<CreateJobRequest.Builder> more) {
    var location = script(name, python);
    glue.createJob(
        b -> {
          b.name(name)
              .role(GlueClients.ROLE)
              .command(c -> c.name("pythonshell").pythonVersion("3.9").scriptLocation(location));
          more.accept(b);
        });
  }

  void pythonShell(String name, String python) {
    pythonShell(name, python, b -> {});
  }

  String start(String job) {
    return start(job, Map.of());
  }

  String start(String job, Map<String, String> arguments) {
    return glue.startJobRun(b -> b.jobName(job).arguments(arguments)).jobRunId();
  }

  JobRun run(String job, String runId) {
    return glue.getJobRun(b -> b.jobName(job).runId(runId)).jobRun();
  }

  /** Waits until the run has ended and answers it. */
  JobRun awaitEnd(String job, String runId) {
    return await("run " + runId + " of " + job + " ends")
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .until(() -> run(job, runId), run -> ENDED.contains(run.jobRunState()));
  }

  /** Stops every run of {@code job} that has not ended and waits until they have (if it exists). */
  void stopAll(String job) {
    if (glue.listJobsPaginator(b -> {}).jobNames().stream().noneMatch(job::equals)) {
      return;
    }
    var running =
        glue.getJobRunsPaginator(b -> b.jobName(job)).jobRuns().stream()
            .filter(run -> !ENDED.contains(run.jobRunState()))
            .map(JobRun::id)
            .toList();
    if (!running.isEmpty()) {
      glue.batchStopJobRun(b -> b.jobName(job).jobRunIds(running));
      running.forEach(id -> awaitEnd(job, id));
    }
  }

  /** Starts a run and waits until it has ended. */
  JobRun runToEnd(String job, Map<String, String> arguments) {
    return awaitEnd(job, start(job, arguments));
  }

  JobRun awaitState(String job, String runId, JobRunState state) {
    return await("run " + runId + " of " + job + " is " + state)
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .until(() -> run(job, runId), run -> run.jobRunState() == state);
  }

  /** Every message of the run's stream in {@code group}, oldest first (none when there is none). */
  List<String> lines(String group, String runId) {
    var lines = new ArrayList<String>();
    String token = null;
    try {
      while (true) {
        var from = token;
        var page =
            logs.getLogEvents(
                b ->
                    b.logGroupName(group).logStreamName(runId).startFromHead(true).nextToken(from));
        page.events().stream().map(OutputLogEvent::message).forEach(lines::add);
        if (page.nextForwardToken() == null || page.nextForwardToken().equals(token)) {
          return lines;
        }
        token = page.nextForwardToken();
      }
    } catch (ResourceNotFoundException notYet) {
      return lines;
    }
  }

  /** Waits until a line of the run's stream in {@code group} matches; answers that line. */
  String awaitLine(String group, String runId, Predicate<String> matching) {
    return await("a line in " + group + "/" + runId)
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> lines(group, runId).stream().filter(matching).findFirst(), l -> l.isPresent())
        .orElseThrow();
  }

  /** The pid a script printed as {@code pid <n>}, once it has. */
  long awaitPid(String runId) {
    var line = awaitLine(OUTPUT, runId, l -> l.startsWith("pid "));
    return Long.parseLong(line.substring("pid ".length()).strip());
  }

  /**
   * Whether process {@code pid} runs: a killed process whose parent was killed with it stays a
   * zombie until the system reaps it, which can take a while in a container; it no longer runs.
   */
  static boolean running(long pid) {
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return false;
    }
    try {
      var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      var state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException e) {
      return false;
    }
  }

  /** The live processes whose command line mentions {@code text} (a run id: its job's argv). */
  static List<ProcessHandle> processesMentioning(String text) {
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(line -> line.contains(text)).orElse(false))
        .toList();
  }

  /** A script that prints {@code pid <its pid>} and then sleeps for ten minutes. */
  static final String SLEEPER =
      """
      import os
      import time
      print("pid %d" % os.getpid())
      time.sleep(600)
      """;

  /** Moves Sluice's clock forward ({@code 10m}, {@code 1h}) through the admin route. */
  void advance(String by) {
    try {
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(endpoint.resolve("/_sluice/time/advance?by=" + by))
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
}
