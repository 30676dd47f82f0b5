package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.PipelineIdName;

/**
 * ListPipelines answers 100 pipelines a page, oldest first, with a marker and hasMoreResults while
 * more follow; deleted pipelines are not listed.
 */
@ExtendWith(SluiceExtension.class)
class ListPipelinesPagingTest {
  private static final int CREATED = 105;
  static DataPipelineClient client;
  static final List<String> ids = new ArrayList<>();

  @BeforeAll
  static void createPipelines(URI endpoint) {
    client = new Pipelines(endpoint).client();
    for (int i = 0; i < CREATED; i++) {
      var name = String.format("pipeline-%03d", i);
      ids.add(client.createPipeline(b -> b.name(name).uniqueId(name)).pipelineId());
    }
  }

  @Test
  void theFirstPageHoldsAHundredPipelinesAndAMarkerForTheRest() {
    var first = client.listPipelines(b -> {});
    assertThat(first.hasMoreResults()).isTrue();
    assertThat(first.marker()).isNotBlank();
    assertThat(first.pipelineIdList()).hasSize(100);

    var second = client.listPipelines(b -> b.marker(first.marker()));
    assertThat(second.hasMoreResults()).isFalse();
    assertThat(second.pipelineIdList()).hasSize(CREATED - 100);

    var all = new ArrayList<PipelineIdName>(first.pipelineIdList());
    all.addAll(second.pipelineIdList());
    assertThat(all).extracting(PipelineIdName::id).containsExactlyElementsOf(ids);
    assertThat(all.get(0).name()).isEqualTo("pipeline-000");
    assertThat(all.get(CREATED - 1).name()).isEqualTo("pipeline-104");
  }

  @Test
  void theSdkPaginatorFollowsTheMarkersToEveryPipeline() {
    var listed = client.listPipelinesPaginator(b -> {}).pipelineIdList().stream().toList();

    assertThat(listed).extracting(PipelineIdName::id).containsAll(ids);
    assertThat(listed).extracting(PipelineIdName::id).doesNotHaveDuplicates();
  }

  @Test
  void aDeletedPipelineIsNotListed() {
    var doomed = client.createPipeline(b -> b.name("doomed").uniqueId("doomed")).pipelineId();
    client.deletePipeline(b -> b.pipelineId(doomed));

    var listed = client.listPipelinesPaginator(b -> {}).pipelineIdList().stream().toList();

    assertThat(listed).extracting(PipelineIdName::id).doesNotContain(doomed).containsAll(ids);
  }

  @Test
  void aMarkerThatIsNotOneIsRefused() {
    refuses(
        () -> client.listPipelines(b -> b.marker("not a marker!")),
        "InvalidRequestException",
        "Invalid marker: not a marker!");
  }
}
