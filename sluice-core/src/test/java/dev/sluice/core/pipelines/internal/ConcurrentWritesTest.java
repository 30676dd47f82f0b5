package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {
  private final InterleavingCatalog catalog = new InterleavingCatalog();
  private final CatalogPipelineService service =
      new CatalogPipelineService(catalog, new RecordingRuns(), () -> PipelineFixture.START);
  private final String id =
      ok(service.createPipeline(new CreatePipelineInput("orders", "t", null, List.of(), null)));

  @Test
  void aWriterThatLostAppliesItsChangeAgainOnTheNewRevision() {
    catalog.beforeNextCommit(
        () -> commitDirectly(p -> PipelineRecords.withTags(p, List.of(new Tag("theirs", "1")))));

    ok(service.addTags(id, List.of(new Tag("mine", "2"))));

    var stored = catalog.find(id).orElseThrow();
    assertThat(stored.tags()).containsExactly(new Tag("theirs", "1"), new Tag("mine", "2"));
    assertThat(stored.revision()).isEqualTo(2);
    assertThat(catalog.commits.get()).isEqualTo(2);
  }

  @Test
  void aWriterThatLostToADeletionAnswersPipelineDeleted() {
    catalog.beforeNextCommit(() -> commitDirectly(PipelineRecords::asDeleted));

    var failure = failure(service.addTags(id, List.of(new Tag("mine", "2"))));

    assertThat(failure.code()).isEqualTo("PipelineDeletedException");
  }

  @Test
  void aWriterThatKeepsLosingGivesUpWithAnInternalError() {
    catalog.accept(change -> false);

    var failure = failure(service.addTags(id, List.of(new Tag("mine", "2"))));

    assertThat(failure.code()).isEqualTo("InternalServiceError");
    assertThat(failure.status()).isEqualTo(500);
    assertThat(catalog.commits.get()).isEqualTo(PipelineWrites.MAX_ATTEMPTS);
  }

  @Test
  void twoThreadsAddingTagsAtOnceLoseNoTag() throws Exception {
    var start = new CountDownLatch(1);
    var futures = new ArrayList<Future<?>>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      for (var writer : List.of("a", "b")) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 5; i++) {
                    ok(service.addTags(id, List.of(new Tag(writer + i, "v"))));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (var future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    }

    var stored = catalog.find(id).orElseThrow();
    assertThat(stored.tags())
        .extracting(Tag::key)
        .containsExactlyInAnyOrder("a0", "a1", "a2", "a3", "a4", "b0", "b1", "b2", "b3", "b4");
    assertThat(stored.revision()).isEqualTo(10);
  }

  private void commitDirectly(UnaryOperator<StoredPipeline> change) {
    var current = catalog.find(id).orElseThrow();
    assertThat(catalog.memory.commit(PipelineChange.of(change.apply(current), current.revision())))
        .isTrue();
  }
}
