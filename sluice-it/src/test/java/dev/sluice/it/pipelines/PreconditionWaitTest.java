package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3KeyExists precondition holds the activity back (WAITING_ON_DEPENDENCIES, no attempt) until
 * the key is there; it is checked again after its retryDelay (skipped here with virtual time), and
 * a precondition still failing after its preconditionTimeout fails the instance.
 */
@ExtendWith(SluiceExtension.class)
class PreconditionWaitTest {
  static Pipelines pipelines;
  static S3Client s3;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("gate"));
  }

  @Test
  void theActivityWaitsForTheKeyAndRunsOnceItIsThere() throws Exception {
    var id =
        pipelines.run(
            "gated",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Ready", "S3KeyExists").with("s3Key", "s3://gate/ready.flag"),
            Component.shell("Guarded", "echo go", "Machine")
                .with("maximumRetries", "0")
                .ref("precondition", "Ready"));
    var instance = pipelines.instance(id, "Guarded");

    awaitChecks(id, 1);
    assertThat(pipelines.status(id, instance)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(pipelines.fields(id, instance))
        .containsKey("@actualStartTime")
        .doesNotContainKey("@headAttempt");
    pipelines.advance("11m");
    awaitChecks(id, 2);
    assertThat(pipelines.status(id, instance)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(pipelines.logLines(id, "Guarded/"))
        .allMatch(line -> line.startsWith("Precondition Ready does not hold"));

    s3.putObject(b -> b.bucket("gate").key("ready.flag"), RequestBody.fromString("ok"));
    pipelines.advance("11m");

    pipelines.awaitStatus(id, instance, "FINISHED");
    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.ids(id, "ATTEMPT")).containsExactly(instance + "_Attempt=1");
  }

  @Test
  void aPreconditionStillFailingAfterItsTimeoutFailsTheInstance() throws Exception {
    var id =
        pipelines.run(
            "never-ready",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Never", "S3KeyExists")
                .with("s3Key", "s3://gate/never.flag")
                .with("retryDelay", "1 minutes")
                .with("preconditionTimeout", "5 minutes"),
            Component.shell("Guarded", "echo go", "Machine").ref("precondition", "Never"));
    var instance = pipelines.instance(id, "Guarded");
    await()
        .atMost(Pipelines.PATIENCE)
        .untilAsserted(
            () -> assertThat(pipelines.fields(id, instance)).containsKey("@actualStartTime"));

    pipelines.advance("6m");

    pipelines.awaitStatus(id, instance, "FAILED");
    assertThat(pipelines.field(id, instance, "errorMessage")).startsWith("Precondition timed out");
    assertThat(pipelines.ids(id, "ATTEMPT")).isEmpty();
  }

  /** Waits until the instance's preconditions were found not to hold {@code count} times. */
  private static void awaitChecks(String id, int count) {
    await()
        .atMost(Pipelines.PATIENCE)
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(pipelines.logLines(id, "Guarded/"))
                    .filteredOn(line -> line.contains("does not hold"))
                    .hasSize(count));
  }
}
