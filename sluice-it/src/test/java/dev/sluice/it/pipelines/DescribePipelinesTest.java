package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refusesWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.Tag;
import software.amazon.awssdk.services.datapipeline.model.TaskStatus;

/**
 * DescribePipelines: the fields AWS shows (name, uniqueId, @creationTime as yyyy-MM-ddTHH:mm:ss,
 *
 * @version once defined, the description and tags) and @pipelineState going PENDING, SCHEDULED,
 *     FINISHED as the pipeline is activated and its one task ends.
 */
@ExtendWith(SluiceExtension.class)
class DescribePipelinesTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void aNewPipelineShowsItsNameUniqueIdCreationTimeDescriptionAndTags() {
    var before = Instant.now().minusSeconds(120);
    var id =
        client
            .createPipeline(
                b ->
                    b.name("nightly")
                        .uniqueId("nightly-1")
                        .description("Loads the night's files")
                        .tags(Tag.builder().key("team").value("data").build()))
            .pipelineId();

    var described = client.describePipelines(b -> b.pipelineIds(id)).pipelineDescriptionList();

    assertThat(described).hasSize(1);
    var pipeline = described.get(0);
    assertThat(pipeline.pipelineId()).isEqualTo(id);
    assertThat(pipeline.name()).isEqualTo("nightly");
    assertThat(pipeline.description()).isEqualTo("Loads the night's files");
    assertThat(pipeline.tags()).containsExactly(Tag.builder().key("team").value("data").build());
    var fields = pipelines.description(id);
    assertThat(fields)
        .containsEntry("@pipelineState", "PENDING")
        .containsEntry("name", "nightly")
        .containsEntry("uniqueId", "nightly-1")
        .containsEntry("description", "Loads the night's files")
        .containsEntry("@id", id)
        .containsEntry("@sphere", "PIPELINE")
        .doesNotContainKey("@version");
    assertThat(fields.get("@creationTime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    assertThat(Pipelines.parse(fields.get("@creationTime")))
        .isBetween(before, Instant.now().plusSeconds(120));
    assertThat(pipeline.fields()).extracting(Field::key).startsWith("@pipelineState");
  }

  @Test
  void theVersionCountsTheDefinitionsPut() {
    var id = pipelines.create("versions");
    pipelines.put(id, Component.onDemandDefault());
    assertThat(pipelines.description(id)).containsEntry("@version", "1");

    pipelines.put(id, Component.onDemandDefault().with("maximumRetries", "1"));
    assertThat(pipelines.description(id)).containsEntry("@version", "2");
  }

  @Test
  void theStateGoesFromPendingToScheduledToFinished() {
    var id =
        pipelines.define(
            "lifecycle",
            Component.onDemandDefault(),
            Component.of("Work", "ShellCommandActivity")
                .with("command", "true")
                .with("workerGroup", "describe-group"));
    assertThat(pipelines.state(id)).isEqualTo("PENDING");

    client.activatePipeline(b -> b.pipelineId(id));
    assertThat(pipelines.state(id)).isEqualTo("SCHEDULED");
    var activated = pipelines.description(id);
    assertThat(activated.get("@firstActivationTime"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    assertThat(activated).containsKey("@scheduledStartTime");

    var task =
        await()
            .atMost(Pipelines.PATIENCE)
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> client.pollForTask(b -> b.workerGroup("describe-group")).taskObject(),
                t -> t != null);
    assertThat(pipelines.state(id)).isEqualTo("SCHEDULED");
    client.setTaskStatus(b -> b.taskId(task.taskId()).taskStatus(TaskStatus.FINISHED));

    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.description(id)).containsKey("@finishedTime");
  }

  @Test
  void atMostTwentyFivePipelinesAreDescribedInOneCall() {
    var id = pipelines.create("many");
    var ids = Collections.nCopies(26, id);

    refusesWith(
        () -> client.describePipelines(b -> b.pipelineIds(ids)), "InvalidRequestException", "25");
    assertThat(
            client
                .describePipelines(
                    b -> b.pipelineIds(IntStream.range(0, 25).mapToObj(i -> id).toList()))
                .pipelineDescriptionList())
        .hasSize(25);
  }
}
