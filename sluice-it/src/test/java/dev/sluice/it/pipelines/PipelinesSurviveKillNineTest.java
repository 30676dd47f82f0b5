package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sluice killed with SIGKILL while a pipeline's ShellCommandActivity runs, and right after another
 * pipeline's activation was acknowledged: after a restart on the same data directory the running
 * attempt runs again and finishes (its staged output uploaded), and the other pipeline runs too.
 */
class PipelinesSurviveKillNineTest {

  @Test
  void aRunningAttemptAndAJustAcknowledgedActivationFinishAfterAKillAndARestart(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    var started = dir.resolve("started");
    var second = dir.resolve("second-ran");
    String running;
    String activated;
    try (var server = ServerProcess.start(data, log)) {
      var pipelines = new Pipelines(server.endpoint());
      S3Clients.s3(server.endpoint()).createBucket(b -> b.bucket("durable"));
      running =
          pipelines.run(
              "long-runner",
              Component.onDemandDefault(),
              Component.ec2("Machine"),
              Component.of("Result", "S3DataNode").with("directoryPath", "s3://durable/result"),
              Component.shell(
                      "Slow",
                      "touch '"
                          + started
                          + "'; sleep 5; echo done > ${OUTPUT1_STAGING_DIR}/done.txt",
                      "Machine")
                  .with("stage", "true")
                  .ref("output", "Result"));
      await().atMost(Pipelines.PATIENCE).until(() -> Files.exists(started));
      activated =
          pipelines.run(
              "just-activated",
              Component.onDemandDefault(),
              Component.ec2("Machine"),
              Component.shell("Mark", "touch '" + second + "'", "Machine"));
      server.kill();
    }

    try (var server = ServerProcess.start(data, log)) {
      var pipelines = new Pipelines(server.endpoint());

      pipelines.awaitState(running, "FINISHED");
      pipelines.awaitState(activated, "FINISHED");

      var slow = pipelines.instance(running, "Slow");
      assertThat(pipelines.status(running, slow)).isEqualTo("FINISHED");
      var done =
          S3Clients.s3(server.endpoint())
              .getObjectAsBytes(b -> b.bucket("durable").key("result/done.txt"))
              .asUtf8String();
      assertThat(done).isEqualTo("done\n");
      assertThat(pipelines.status(activated, pipelines.instance(activated, "Mark")))
          .isEqualTo("FINISHED");
      assertThat(second).exists();
      assertThat(pipelines.logLines(running, "Slow/"))
          .anyMatch(line -> line.contains("resumed: Sluice stopped while it ran"));
    }
  }
}
