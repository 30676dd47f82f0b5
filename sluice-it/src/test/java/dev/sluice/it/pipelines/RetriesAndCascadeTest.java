package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A failing command is tried {@code maximumRetries + 1} times, each retry after {@code retryDelay}
 * (skipped with virtual time), then its instance FAILED with the command's error; with {@code
 * failureAndRerunMode: cascade} the activities depending on it, directly or not, are
 * CASCADE_FAILED, without it they keep waiting.
 */
@ExtendWith(SluiceExtension.class)
class RetriesAndCascadeTest {
  static Pipelines pipelines;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
  }

  @Test
  void aFailingCommandIsRetriedAfterTheDelayThenFailsAndItsDependentsCascade() throws Exception {
    var id =
        pipelines.run(
            "flaky",
            Component.onDemandDefault().with("failureAndRerunMode", "cascade"),
            Component.ec2("Machine"),
            Component.shell("Flaky", "echo 'bad input on line 7' >&2; exit 3", "Machine")
                .with("maximumRetries", "2")
                .with("retryDelay", "5 minutes"),
            Component.shell("After", "true", "Machine").ref("dependsOn", "Flaky"),
            Component.shell("AfterThat", "true", "Machine").ref("dependsOn", "After"));
    var flaky = pipelines.instance(id, "Flaky");

    pipelines.awaitStatus(id, flaky + "_Attempt=1", "FAILED");
    assertThat(pipelines.status(id, flaky)).isEqualTo("WAITING_FOR_RUNNER");
    assertThat(pipelines.field(id, flaky, "@triesLeft")).isEqualTo("2");
    assertThat(pipelines.ids(id, "ATTEMPT")).doesNotContain(flaky + "_Attempt=2");

    pipelines.advance("6m");
    pipelines.awaitStatus(id, flaky + "_Attempt=2", "FAILED");
    pipelines.advance("6m");
    pipelines.awaitStatus(id, flaky + "_Attempt=3", "FAILED");

    pipelines.awaitStatus(id, flaky, "FAILED");
    var fields = pipelines.fields(id, flaky);
    assertThat(fields.get("@attemptCount")).containsExactly("3");
    assertThat(fields.get("@triesLeft")).containsExactly("0");
    assertThat(fields.get("@headAttempt")).containsExactly(flaky + "_Attempt=3");
    assertThat(fields.get("errorMessage")).containsExactly("Command failed with exit code 3");
    assertThat(fields.get("errorStackTrace").get(0)).contains("bad input on line 7");
    var after = pipelines.instance(id, "After");
    var afterThat = pipelines.instance(id, "AfterThat");
    pipelines.awaitStatus(id, after, "CASCADE_FAILED");
    pipelines.awaitStatus(id, afterThat, "CASCADE_FAILED");
    assertThat(pipelines.fields(id, after).get("@cascadeFailedOn")).containsExactly(flaky);
    assertThat(pipelines.ids(id, "ATTEMPT"))
        .containsExactlyInAnyOrder(
            flaky + "_Attempt=1", flaky + "_Attempt=2", flaky + "_Attempt=3");
    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.description(id)).containsEntry("@healthStatus", "ERROR");
  }

  @Test
  void withoutCascadeADependentOfAFailedActivityKeepsWaiting() {
    var id =
        pipelines.run(
            "no-cascade",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Broken", "exit 1", "Machine").with("maximumRetries", "0"),
            Component.shell("Next", "true", "Machine").ref("dependsOn", "Broken"));
    var broken = pipelines.instance(id, "Broken");

    pipelines.awaitStatus(id, broken, "FAILED");

    assertThat(pipelines.status(id, pipelines.instance(id, "Next")))
        .isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(pipelines.state(id)).isEqualTo("SCHEDULED");
  }
}
