package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DescribePipelinesTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void describesANewPipelineWithAwsFieldsInAwsOrder() {
    var id = fixture.create("my-pipeline");

    var description = describe(id);

    assertThat(description.pipelineId()).isEqualTo(id);
    assertThat(description.name()).isEqualTo("my-pipeline");
    assertThat(description.description()).isNull();
    assertThat(description.tags()).isEmpty();
    assertThat(description.fields())
        .containsExactly(
            Field.text("@pipelineState", "PENDING"),
            Field.text("name", "my-pipeline"),
            Field.text("@creationTime", "2026-11-20T22:15:00"),
            Field.text("@id", id),
            Field.text("pipelineCreator", "123456789012"),
            Field.text("@sphere", "PIPELINE"),
            Field.text("@userId", "123456789012"),
            Field.text("@accountId", "123456789012"),
            Field.text("uniqueId", "my-pipeline-token"));
  }

  @Test
  void showsTheDescriptionAsAFieldAndAsAMemberWithTheTags() {
    var tags = List.of(new Tag("team", "data"));
    var id =
        ok(
            fixture.service.createPipeline(
                new CreatePipelineInput("orders", "t", "nightly", tags, "123456789012")));

    var description = describe(id);

    assertThat(description.description()).isEqualTo("nightly");
    assertThat(description.fields().get(1)).isEqualTo(Field.text("description", "nightly"));
    assertThat(description.tags()).isEqualTo(tags);
  }

  @Test
  void cutsTheCreationTimeToWholeSecondsInUtc() {
    fixture.now.set(java.time.Instant.parse("2026-11-20T22:15:07.987Z"));
    var id = fixture.create("orders");

    assertThat(describe(id).fields()).contains(Field.text("@creationTime", "2026-11-20T22:15:07"));
  }

  @Test
  void showsTheLatestVersionOnceADefinitionIsThere() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());

    var keys = describe(id).fields().stream().map(Field::key).toList();

    assertThat(keys).containsSubsequence("@sphere", "@version", "@userId");
    assertThat(describe(id).fields()).contains(Field.text("@version", "1"));
  }

  @Test
  void showsActivationAndTheRunnersFieldsAfterTheOthers() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());

    var fields = describe(id).fields();

    assertThat(fields.get(0)).isEqualTo(Field.text("@pipelineState", "SCHEDULED"));
    assertThat(fields.subList(fields.size() - 5, fields.size()))
        .containsExactly(
            Field.text("@firstActivationTime", "2026-11-20T22:16:00"),
            Field.text("@scheduledStartTime", "2026-11-20T22:16:00"),
            Field.text("@latestRunTime", "2026-11-20T22:16:00"),
            Field.text("@healthStatus", "HEALTHY"),
            Field.text("@zz", "last"));
  }

  @Test
  void keepsTheRunnersBookkeepingWithoutAtSignOutOfTheFields() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());

    assertThat(describe(id).fields()).extracting(Field::key).doesNotContain("internalCounter");
  }

  @Test
  void answersInTheOrderAskedFor() {
    var first = fixture.create("first");
    var second = fixture.create("second");

    var described = ok(fixture.service.describePipelines(List.of(second, first)));

    assertThat(described)
        .extracting(PipelineDescription::pipelineId)
        .containsExactly(second, first);
  }

  @Test
  void anUnknownIdFailsTheWholeCall() {
    var known = fixture.create("orders");

    var failure =
        failure(fixture.service.describePipelines(List.of(known, "df-0000000000000EXAMPLE")));

    assertThat(failure.code()).isEqualTo("PipelineNotFoundException");
  }

  @Test
  void describesAtMostTwentyFiveAtOnce() {
    var ids = IntStream.range(0, 26).mapToObj(i -> fixture.create("p" + i)).toList();

    assertThat(ok(fixture.service.describePipelines(ids.subList(0, 25)))).hasSize(25);
    assertThat(failure(fixture.service.describePipelines(ids)).code())
        .isEqualTo("InvalidRequestException");
  }

  private PipelineDescription describe(String id) {
    var described = ok(fixture.service.describePipelines(List.of(id)));
    assertThat(described).hasSize(1);
    return described.get(0);
  }
}
