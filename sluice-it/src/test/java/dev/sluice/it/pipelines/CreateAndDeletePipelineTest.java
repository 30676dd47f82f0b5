package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.PipelineIdName;

/**
 * CreatePipeline is idempotent on name and uniqueId while the pipeline lives; DeletePipeline frees
 * the pair, and calls on the deleted pipeline fail with PipelineDeletedException, on unknown ones
 * with PipelineNotFoundException.
 */
@ExtendWith(SluiceExtension.class)
class CreateAndDeletePipelineTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void creatingTheSameNameAndUniqueIdAgainAnswersTheSamePipeline() {
    var first = client.createPipeline(b -> b.name("orders").uniqueId("orders-token")).pipelineId();
    var again = client.createPipeline(b -> b.name("orders").uniqueId("orders-token")).pipelineId();
    var otherToken =
        client.createPipeline(b -> b.name("orders").uniqueId("orders-token-2")).pipelineId();
    var otherName =
        client.createPipeline(b -> b.name("orders-2").uniqueId("orders-token")).pipelineId();

    assertThat(first).matches("df-[A-Z0-9]{20}");
    assertThat(again).isEqualTo(first);
    assertThat(otherToken).isNotEqualTo(first);
    assertThat(otherName).isNotEqualTo(first).isNotEqualTo(otherToken);
    assertThat(listed()).filteredOn(p -> p.id().equals(first)).hasSize(1);
  }

  @Test
  void afterDeleteTheNameAndUniqueIdMakeANewPipeline() {
    var first = client.createPipeline(b -> b.name("reports").uniqueId("r-1")).pipelineId();
    client.deletePipeline(b -> b.pipelineId(first));

    var second = client.createPipeline(b -> b.name("reports").uniqueId("r-1")).pipelineId();

    assertThat(second).isNotEqualTo(first);
    assertThat(listed()).extracting(PipelineIdName::id).contains(second).doesNotContain(first);
  }

  @Test
  void callsOnADeletedPipelineFailWithPipelineDeletedException() {
    var id = pipelines.define("doomed", Component.onDemandDefault());
    client.deletePipeline(b -> b.pipelineId(id));
    var deleted = "Pipeline with id: " + id + " is deleted";

    refuses(
        () -> client.describePipelines(b -> b.pipelineIds(id)),
        "PipelineDeletedException",
        deleted);
    refuses(
        () -> client.getPipelineDefinition(b -> b.pipelineId(id)),
        "PipelineDeletedException",
        deleted);
    refuses(
        () ->
            client.putPipelineDefinition(
                b -> b.pipelineId(id).pipelineObjects(Component.onDemandDefault().build())),
        "PipelineDeletedException",
        deleted);
    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(id)), "PipelineDeletedException", deleted);
    refuses(
        () -> client.addTags(b -> b.pipelineId(id).tags(t -> t.key("k").value("v"))),
        "PipelineDeletedException",
        deleted);
  }

  @Test
  void deletingADeletedPipelineAgainIsPipelineNotFound() {
    var id = pipelines.create("twice");
    client.deletePipeline(b -> b.pipelineId(id));

    refuses(
        () -> client.deletePipeline(b -> b.pipelineId(id)),
        "PipelineNotFoundException",
        "Pipeline with id: " + id + " does not exist");
  }

  @Test
  void callsOnAnUnknownPipelineFailWithPipelineNotFoundException() {
    var unknown = "df-00000000000000000000";
    var notFound = "Pipeline with id: " + unknown + " does not exist";

    refuses(
        () -> client.describePipelines(b -> b.pipelineIds(unknown)),
        "PipelineNotFoundException",
        notFound);
    refuses(
        () -> client.deletePipeline(b -> b.pipelineId(unknown)),
        "PipelineNotFoundException",
        notFound);
    refuses(
        () ->
            client.putPipelineDefinition(
                b -> b.pipelineId(unknown).pipelineObjects(Component.onDemandDefault().build())),
        "PipelineNotFoundException",
        notFound);
    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(unknown)),
        "PipelineNotFoundException",
        notFound);
    refuses(
        () -> client.queryObjects(b -> b.pipelineId(unknown).sphere("INSTANCE")),
        "PipelineNotFoundException",
        notFound);
  }

  @Test
  void describingAKnownAndAnUnknownPipelineTogetherFailsTheWholeCall() {
    var known = pipelines.create("known");

    refuses(
        () -> client.describePipelines(b -> b.pipelineIds(known, "df-UNKNOWN0000000000000")),
        "PipelineNotFoundException",
        "Pipeline with id: df-UNKNOWN0000000000000 does not exist");
  }

  private static java.util.List<PipelineIdName> listed() {
    return client.listPipelinesPaginator(b -> {}).pipelineIdList().stream().toList();
  }
}
