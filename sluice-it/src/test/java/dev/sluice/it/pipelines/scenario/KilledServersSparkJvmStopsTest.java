package dev.sluice.it.pipelines.scenario;

import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.CliDefinition;
import dev.sluice.it.support.PipelineClients;
import dev.sluice.it.support.PipelineRuns;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A Spark JVM whose Sluice was killed with SIGKILL does not run on: with a mapper that would sleep
 * for ten minutes, the orphaned JVM and the mapper it started stop within seconds.
 */
class KilledServersSparkJvmStopsTest {
  private static final String PIPELINE =
      """
      {"objects": [
        {"id": "Default", "type": "Default", "scheduleType": "ondemand",
         "role": "DataPipelineDefaultRole", "resourceRole": "DataPipelineDefaultResourceRole"},
        {"id": "Cluster", "type": "EmrCluster"},
        {"id": "Sleepy", "type": "EmrActivity", "runsOn": {"ref": "Cluster"},
         "step": "/home/hadoop/contrib/streaming/hadoop-streaming.jar,-input,s3://slow/in,-output,s3://slow/out,-mapper,s3://slow/sleepy.sh"}
      ]}
      """;

  @Test
  void theOrphanedSparkJvmAndItsMapperStop(@TempDir Path dir) throws Exception {
    var started = new ArrayList<ProcessHandle>();
    try {
      try (var server = ServerProcess.start(dir.resolve("data"), dir.resolve("server.log"))) {
        var s3 = S3Clients.s3(server.endpoint());
        s3.createBucket(b -> b.bucket("slow"));
        s3.putObject(b -> b.bucket("slow").key("in"), RequestBody.fromString("a line\n"));
        s3.putObject(
            b -> b.bucket("slow").key("sleepy.sh"),
            RequestBody.fromString("#!/bin/sh\ncat > /dev/null\nexec sleep 600\n"));
        new PipelineRuns(PipelineClients.dataPipeline(server.endpoint()))
            .start("sleepy", CliDefinition.parse(PIPELINE));
        started.addAll(awaitSleepingMapper(server.handle()));
        server.kill();
      }

      await("the orphaned Spark JVM and its mapper end")
          .atMost(Duration.ofSeconds(45))
          .until(() -> started.stream().noneMatch(ProcessHandle::isAlive));
    } finally {
      started.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** Waits until the step's mapper sleeps; returns the Spark JVM and everything it started. */
  private static List<ProcessHandle> awaitSleepingMapper(ProcessHandle server) {
    return await("the mapper sleeping in the step's Spark JVM")
        .atMost(PipelineRuns.RUN_LIMIT)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var jvms = SparkJvms.of(server);
              var all = new ArrayList<>(jvms);
              jvms.forEach(jvm -> jvm.descendants().forEach(all::add));
              return all;
            },
            all -> all.stream().anyMatch(KilledServersSparkJvmStopsTest::sleeping));
  }

  private static boolean sleeping(ProcessHandle process) {
    return process.info().command().filter(c -> c.endsWith("/sleep")).isPresent();
  }
}
