package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectQueryInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryObjectsPagingTest {
  private final PipelineFixture fixture = new PipelineFixture();
  private String id;
  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void activatedWith250Instances() {
    id = fixture.activated("orders", Definitions.onDemandEcho());
    var start = Instant.parse("2026-11-20T00:00:00Z");
    for (int i = 0; i < 250; i++) {
      var time = PipelineTimes.format(start.plusSeconds(3600L * i));
      var instance = RunObjects.instance(id, "Echo", time, "FINISHED");
      fixture.runs.add(instance);
      instances.add(instance.id());
    }
  }

  @Test
  void answersAHundredIdsByDefault() {
    var page = query(null, null);

    assertThat(page.ids()).isEqualTo(instances.subList(0, 100));
    assertThat(page.hasMoreResults()).isTrue();
    assertThat(page.marker()).isNotNull();
  }

  @Test
  void theMarkerWalksThroughEveryIdOnce() {
    var seen = new ArrayList<String>();
    String marker = null;
    int pages = 0;
    do {
      var page = query(marker, 60);
      seen.addAll(page.ids());
      marker = page.marker();
      pages++;
      assertThat(page.hasMoreResults()).isEqualTo(marker != null);
    } while (marker != null);

    assertThat(seen).isEqualTo(instances);
    assertThat(pages).isEqualTo(5);
  }

  @Test
  void aLimitLargerThanTheResultAnswersItAllWithoutMarker() {
    var page = query(null, 1000);

    assertThat(page.ids()).hasSize(250);
    assertThat(page.hasMoreResults()).isFalse();
    assertThat(page.marker()).isNull();
  }

  @Test
  void rejectsALimitBelowOne() {
    var failure =
        failure(
            fixture.service.queryObjects(new ObjectQueryInput(id, List.of(), "INSTANCE", null, 0)));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }

  private IdPage query(String marker, Integer limit) {
    return ok(
        fixture.service.queryObjects(
            new ObjectQueryInput(id, List.of(), "INSTANCE", marker, limit)));
  }
}
