package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Tag;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CreatePipelineTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void answersAnIdOfDfAndTwentyUpperCaseLettersAndDigits() {
    assertThat(fixture.create("orders")).matches("df-[0-9A-Z]{20}");
  }

  @Test
  void givesEveryNewPipelineItsOwnId() {
    var ids = IntStream.range(0, 50).mapToObj(i -> fixture.create("p" + i)).distinct().count();

    assertThat(ids).isEqualTo(50);
  }

  @Test
  void drawsAnotherIdWhenTheRandomOneIsTaken() {
    var digits = new java.util.concurrent.atomic.AtomicInteger();
    java.util.random.RandomGenerator zerosTwiceThenOnes =
        new java.util.random.RandomGenerator() {
          @Override
          public long nextLong() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int nextInt(int bound) {
            return digits.getAndIncrement() < 40 ? 0 : 1;
          }
        };
    var service =
        new CatalogPipelineService(
            fixture.catalog, fixture.runs, fixture.now::get, new PipelineIds(zerosTwiceThenOnes));

    var first = ok(service.createPipeline(input("a", "a", List.of())));
    var second = ok(service.createPipeline(input("b", "b", List.of())));

    assertThat(first).isEqualTo("df-" + "0".repeat(20));
    assertThat(second).isEqualTo("df-" + "1".repeat(20));
  }

  @Test
  void storesTheDescriptionTagsAccountAndCreationTime() {
    var tags = List.of(new Tag("team", "data"), new Tag("env", ""));
    var id =
        ok(
            fixture.service.createPipeline(
                new CreatePipelineInput("orders", "t1", "nightly orders", tags, "111122223333")));

    var stored = fixture.stored(id);
    assertThat(stored.description()).isEqualTo("nightly orders");
    assertThat(stored.tags()).isEqualTo(tags);
    assertThat(stored.account()).isEqualTo("111122223333");
    assertThat(stored.createdAt()).isEqualTo(PipelineFixture.START);
  }

  @Test
  void aNewPipelineIsPendingWithoutADefinition() {
    var stored = fixture.stored(fixture.create("orders"));

    assertThat(stored.state()).isEqualTo("PENDING");
    assertThat(stored.latestVersion()).isZero();
    assertThat(stored.latest().objects()).isEmpty();
    assertThat(stored.active()).isNull();
    assertThat(stored.revision()).isZero();
  }

  @Test
  void requiresAName() {
    var failure = failure(fixture.service.createPipeline(input(null, "t", List.of())));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message()).contains("'name'");
  }

  @Test
  void requiresAUniqueId() {
    var failure = failure(fixture.service.createPipeline(input("orders", null, List.of())));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("'uniqueId'");
  }

  @Test
  void rejectsAnEmptyName() {
    var failure = failure(fixture.service.createPipeline(input("", "t", List.of())));

    assertThat(failure.message()).contains("'name'").contains("greater than or equal to 1");
  }

  @Test
  void rejectsMoreThanTenTagsAndCreatesNothing() {
    var tags = IntStream.range(0, 11).mapToObj(i -> new Tag("k" + i, "v")).toList();

    var failure = failure(fixture.service.createPipeline(input("orders", "t", tags)));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(ok(fixture.service.listPipelines(null)).pipelines()).isEmpty();
  }

  @Test
  void acceptsTenTags() {
    var tags = IntStream.range(0, 10).mapToObj(i -> new Tag("k" + i, "v")).toList();

    var id = ok(fixture.service.createPipeline(input("orders", "t", tags)));

    assertThat(fixture.stored(id).tags()).hasSize(10);
  }

  @Test
  void rejectsATagKeyLongerThan128Characters() {
    var key = String.join("", Collections.nCopies(129, "k"));

    var failure =
        failure(fixture.service.createPipeline(input("orders", "t", List.of(new Tag(key, "v")))));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("128");
  }

  @Test
  void rejectsATagValueLongerThan256Characters() {
    var value = String.join("", Collections.nCopies(257, "v"));

    var failure =
        failure(fixture.service.createPipeline(input("orders", "t", List.of(new Tag("k", value)))));

    assertThat(failure.message()).contains("256");
  }

  private static CreatePipelineInput input(String name, String uniqueId, List<Tag> tags) {
    return new CreatePipelineInput(name, uniqueId, null, tags, PipelineFixture.ACCOUNT);
  }
}
