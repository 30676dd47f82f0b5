package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
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
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;

/**
 * SetStatus on instances: RERUN runs a failed instance again (and what waited on it then runs),
 * MARK_FINISHED lets what waits on a failed instance go on, TRY_CANCEL stops a running one;
 * statuses for the wrong kind of object, mixes of components and instances, unknown objects and
 * finished pipelines are refused.
 */
@ExtendWith(SluiceExtension.class)
class SetStatusTest {
  static Pipelines pipelines;
  static DataPipelineClient client;
  @TempDir static Path dir;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void rerunRunsAFailedInstanceAgainAndItsDependentFollows() throws Exception {
    var fixed = dir.resolve("fixed");
    var id = failedWithDependent("rerun", "test -f '" + fixed + "'");
    var flaky = pipelines.instance(id, "Flaky");
    Files.createFile(fixed);

    client.setStatus(b -> b.pipelineId(id).objectIds(flaky).status("RERUN"));

    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.status(id, flaky)).isEqualTo("FINISHED");
    assertThat(pipelines.status(id, flaky + "_Attempt=2")).isEqualTo("FINISHED");
    assertThat(pipelines.status(id, pipelines.instance(id, "Next"))).isEqualTo("FINISHED");
  }

  @Test
  void markFinishedLetsTheDependentOfAFailedInstanceRun() {
    var id = failedWithDependent("mark-finished", "exit 1");
    var flaky = pipelines.instance(id, "Flaky");

    client.setStatus(b -> b.pipelineId(id).objectIds(flaky).status("MARK_FINISHED"));

    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.status(id, flaky)).isEqualTo("FINISHED");
    assertThat(pipelines.status(id, pipelines.instance(id, "Next"))).isEqualTo("FINISHED");
    assertThat(pipelines.ids(id, "ATTEMPT")).doesNotContain(flaky + "_Attempt=2");
  }

  @Test
  void tryCancelStopsARunningInstance() throws Exception {
    var started = dir.resolve("cancel-started");
    var id =
        pipelines.run(
            "try-cancel",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Long", "touch '" + started + "'; sleep 600", "Machine"));
    var instance = pipelines.instance(id, "Long");
    await().atMost(Pipelines.PATIENCE).until(() -> Files.exists(started));

    client.setStatus(b -> b.pipelineId(id).objectIds(instance).status("TRY_CANCEL"));

    pipelines.awaitStatus(id, instance, "CANCELED");
    pipelines.awaitStatus(id, instance + "_Attempt=1", "CANCELED");
  }

  @Test
  void statusesOfTheWrongKindMixesAndUnknownObjectsAreRefused() {
    var id = failedWithDependent("refusals", "exit 1");
    var flaky = pipelines.instance(id, "Flaky");

    refuses(
        () -> client.setStatus(b -> b.pipelineId(id).objectIds(flaky).status("PAUSE")),
        "InvalidRequestException",
        "Invalid status PAUSE for instances. Valid values are TRY_CANCEL, RERUN, MARK_FINISHED");
    refuses(
        () -> client.setStatus(b -> b.pipelineId(id).objectIds("Flaky").status("RERUN")),
        "InvalidRequestException",
        "Invalid status RERUN for components. Valid values are PAUSE, RESUME");
    refuses(
        () -> client.setStatus(b -> b.pipelineId(id).objectIds("Flaky", flaky).status("RERUN")),
        "InvalidRequestException",
        "objectIds must be all components or all instances and attempts, not a mix");
    refuses(
        () -> client.setStatus(b -> b.pipelineId(id).objectIds("@Nope_1").status("RERUN")),
        "InvalidRequestException",
        "Object @Nope_1 does not exist in pipeline " + id);
    assertThat(pipelines.status(id, flaky)).isEqualTo("FAILED");
  }

  @Test
  void objectsOfAFinishedPipelineCannotChange() {
    var id =
        pipelines.run(
            "done",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Once", "true", "Machine"));
    pipelines.awaitState(id, "FINISHED");
    var instance = pipelines.instance(id, "Once");

    refuses(
        () -> client.setStatus(b -> b.pipelineId(id).objectIds(instance).status("RERUN")),
        "InvalidRequestException",
        "Cannot set the status of objects of pipeline " + id + ": it is FINISHED");
  }

  /** A pipeline whose Flaky activity failed (one try) and whose Next activity waits on it. */
  private static String failedWithDependent(String name, String command) {
    var id =
        pipelines.run(
            name,
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Flaky", command, "Machine").with("maximumRetries", "0"),
            Component.shell("Next", "true", "Machine").ref("dependsOn", "Flaky"));
    pipelines.awaitStatus(id, pipelines.instance(id, "Flaky"), "FAILED");
    assertThat(pipelines.status(id, pipelines.instance(id, "Next")))
        .isEqualTo("WAITING_ON_DEPENDENCIES");
    return id;
  }
}
