package dev.sluice.it.jobs.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.GlueClients;
import dev.sluice.it.support.JavaAppJar;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A glueetl jar job whose main never creates a SparkContext still stops when Sluice is killed with
 * SIGKILL: Sluice runs the job's class inside sluice-spark's guarded main, which watches Sluice
 * from the JVM's first moment (Spark's own listener would only start with a SparkContext).
 */
class GlueJarJobDiesWithSluiceTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String SOURCE =
      """
      public class Sleeper {
        public static void main(String[] args) throws Exception {
          System.out.println("sleeper started");
          Thread.sleep(120_000);
        }
      }
      """;

  private List<ProcessHandle> left = List.of();

  @AfterEach
  void killWhatTheTestLeftBehind() {
    left.forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void theSparkJvmOfAJarJobWithoutASparkContextStopsWhenSluiceIsKilled(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    try (var server = ServerProcess.start(data, dir.resolve("server.log"))) {
      var glue = GlueClients.glue(server.endpoint());
      var s3 = S3Clients.s3(server.endpoint());
      s3.createBucket(b -> b.bucket("jars"));
      s3.putObject(
          b -> b.bucket("jars").key("sleeper.jar"),
          RequestBody.fromBytes(
              JavaAppJar.build("Sleeper", SOURCE, System.getProperty("java.class.path"), false)));
      glue.createJob(
          b ->
              b.name("sleeper")
                  .role(GlueClients.ROLE)
                  .command(c -> c.name("glueetl").scriptLocation("s3://jars/sleeper.jar"))
                  .defaultArguments(java.util.Map.of("--class", "Sleeper"))
                  .workerType("G.1X")
                  .numberOfWorkers(2));
      var runId = glue.startJobRun(b -> b.jobName("sleeper")).jobRunId();
      var logs = LogsClients.logs(server.endpoint());
      await("the job's main running")
          .atMost(LIMIT)
          .ignoreExceptions()
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  logs
                      .getLogEvents(
                          b -> b.logGroupName("/aws-glue/jobs/output").logStreamName(runId))
                      .events()
                      .stream()
                      .map(OutputLogEvent::message)
                      .toList(),
              lines -> lines.contains("sleeper started"));
      assertThat(glue.getJobRun(b -> b.jobName("sleeper").runId(runId)).jobRun().jobRunState())
          .isEqualTo(JobRunState.RUNNING);
      left = sparkJvms(data);
      assertThat(left).as("the job's Spark JVM").isNotEmpty();
      server.kill();
    }
    await("the job's Spark JVM gone")
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> sparkJvms(data), List::isEmpty);
  }

  /** Spark JVMs started under {@code data}: {@code java @<data>/jobs/.../spark-jvm.args}. */
  private static List<ProcessHandle> sparkJvms(Path data) {
    var argfile = "@" + data.toAbsolutePath();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .arguments()
                    .filter(a -> Arrays.stream(a).anyMatch(arg -> arg.startsWith(argfile)))
                    .isPresent())
        .toList();
  }
}
