package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attemptTimeout}: a command still running when it passes (on Sluice's clock, moved here
 * with virtual time) is stopped and its attempt is TIMEDOUT; the instance is retried like after a
 * failure and fails once its tries are used up.
 */
@ExtendWith(SluiceExtension.class)
class AttemptTimeoutTest {
  static Pipelines pipelines;
  @TempDir static Path dir;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
  }

  @Test
  void aSleepingCommandTimesOutAndItsInstanceFails() throws Exception {
    var started = dir.resolve("sleeper-started");
    var id =
        pipelines.run(
            "sleeper",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Sleep", "touch '" + started + "'; sleep 600", "Machine")
                .with("attemptTimeout", "1 minutes")
                .with("maximumRetries", "0"));
    var instance = pipelines.instance(id, "Sleep");
    var attempt = instance + "_Attempt=1";
    await().atMost(Pipelines.PATIENCE).until(() -> Files.exists(started));
    assertThat(pipelines.status(id, attempt)).isEqualTo("RUNNING");

    pipelines.advance("2m");

    pipelines.awaitStatus(id, attempt, "TIMEDOUT");
    assertThat(pipelines.field(id, attempt, "errorMessage"))
        .isEqualTo("Attempt timed out after attemptTimeout PT1M: Command timed out");
    pipelines.awaitStatus(id, instance, "FAILED");
    pipelines.awaitState(id, "FINISHED");
  }

  @Test
  void aTimedOutAttemptIsRetriedAndTheRetryCanFinish() throws Exception {
    var marker = dir.resolve("first-try");
    var id =
        pipelines.run(
            "second-chance",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell(
                    "Once",
                    "if [ -f '"
                        + marker
                        + "' ]; then exit 0; fi; touch '"
                        + marker
                        + "'; sleep 600",
                    "Machine")
                .with("attemptTimeout", "1 minutes")
                .with("maximumRetries", "1")
                .with("retryDelay", "1 minutes"));
    var instance = pipelines.instance(id, "Once");
    await().atMost(Pipelines.PATIENCE).until(() -> Files.exists(marker));

    pipelines.advance("2m");
    pipelines.awaitStatus(id, instance + "_Attempt=1", "TIMEDOUT");
    pipelines.advance("2m");

    pipelines.awaitStatus(id, instance, "FINISHED");
    assertThat(pipelines.status(id, instance + "_Attempt=2")).isEqualTo("FINISHED");
    assertThat(pipelines.field(id, instance, "@attemptCount")).isEqualTo("2");
  }
}
