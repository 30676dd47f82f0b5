package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListPipelinesTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void answersAnEmptyPageWithoutMarkerWhenThereAreNoPipelines() {
    var page = ok(fixture.service.listPipelines(null));

    assertThat(page.pipelines()).isEmpty();
    assertThat(page.marker()).isNull();
    assertThat(page.hasMoreResults()).isFalse();
  }

  @Test
  void listsIdsAndNamesOldestFirst() {
    var first = fixture.create("first");
    var second = fixture.create("second");

    var page = ok(fixture.service.listPipelines(null));

    assertThat(page.pipelines())
        .containsExactly(
            new PipelineSummary(first, "first"), new PipelineSummary(second, "second"));
  }

  @Test
  void answersAHundredAtATimeAndAMarkerForTheRest() {
    var ids = IntStream.range(0, 250).mapToObj(i -> fixture.create("p" + i)).toList();

    var first = ok(fixture.service.listPipelines(null));
    var second = ok(fixture.service.listPipelines(first.marker()));
    var third = ok(fixture.service.listPipelines(second.marker()));

    assertThat(first.pipelines()).hasSize(100);
    assertThat(first.hasMoreResults()).isTrue();
    assertThat(second.pipelines()).hasSize(100);
    assertThat(third.pipelines()).hasSize(50);
    assertThat(third.hasMoreResults()).isFalse();
    assertThat(third.marker()).isNull();
    var listed = new ArrayList<String>();
    List.of(first, second, third).forEach(p -> p.pipelines().forEach(s -> listed.add(s.id())));
    assertThat(listed).isEqualTo(ids);
  }

  @Test
  void exactlyAHundredPipelinesFitOnePage() {
    IntStream.range(0, 100).forEach(i -> fixture.create("p" + i));

    var page = ok(fixture.service.listPipelines(null));

    assertThat(page.pipelines()).hasSize(100);
    assertThat(page.hasMoreResults()).isFalse();
    assertThat(page.marker()).isNull();
  }

  @Test
  void rejectsAMarkerItDidNotGive() {
    var failure = failure(fixture.service.listPipelines("not a marker!"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }
}
