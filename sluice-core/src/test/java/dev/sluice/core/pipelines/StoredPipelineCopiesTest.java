package dev.sluice.core.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredPipelineCopiesTest {
  private static final Instant CREATED = Instant.parse("2026-11-20T22:15:00Z");
  private static final PipelineDefinition DEFINITION =
      new PipelineDefinition(
          List.of(new PipelineObject("Default", "Default", List.of())), List.of(), List.of());
  private final StoredPipeline pending =
      StoredPipeline.pending(
          "df-1",
          "orders",
          "token",
          "nightly",
          List.of(new Tag("team", "data")),
          "123456789012",
          CREATED,
          DEFINITION,
          ValidationReport.clean(),
          1);

  @Test
  void aPendingPipelineWasNeverActivatedAndIsAtRevisionZero() {
    assertThat(pending.state()).isEqualTo("PENDING");
    assertThat(pending.active()).isNull();
    assertThat(pending.activeVersion()).isZero();
    assertThat(pending.generation()).isZero();
    assertThat(pending.runtimeFields()).isEmpty();
    assertThat(pending.deleted()).isFalse();
    assertThat(pending.revision()).isZero();
  }

  @Test
  void aBuilderLeftAloneCopiesEveryComponent() {
    var activated = activated();

    assertThat(activated.toBuilder().build()).isEqualTo(activated);
  }

  @Test
  void aBuilderChangesOnlyTheComponentsItIsGiven() {
    var activated = activated();

    var deleted = activated.toBuilder().deleted().nextRevision().build();

    assertThat(deleted)
        .usingRecursiveComparison()
        .ignoringFields("deleted", "revision")
        .isEqualTo(activated);
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.revision()).isEqualTo(activated.revision() + 1);
  }

  @Test
  void nextRevisionCountsFromTheCopiedPipelineNotFromAnEarlierSetting() {
    var copy = pending.toBuilder().revision(7).nextRevision().build();

    assertThat(copy.revision()).isEqualTo(1);
  }

  @Test
  void withRevisionKeepsThePipelineWhenItIsAlreadyAtThatRevision() {
    assertThat(pending.withRevision(0)).isSameAs(pending);
    assertThat(pending.withRevision(5).revision()).isEqualTo(5);
    assertThat(pending.withRevision(5).withRevision(0)).isEqualTo(pending);
  }

  private StoredPipeline activated() {
    return pending.toBuilder()
        .tags(List.of(new Tag("env", "test")))
        .latest(DEFINITION, ValidationReport.clean(), 2)
        .active(DEFINITION, 1, List.of(new ParameterValue("myGreeting", "hej")))
        .state("SCHEDULED")
        .schedule(CREATED.plusSeconds(60), CREATED.plusSeconds(120), 3)
        .runtimeFields(Map.of("@healthStatus", "HEALTHY"))
        .revision(4)
        .build();
  }
}
