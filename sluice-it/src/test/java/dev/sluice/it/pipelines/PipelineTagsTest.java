package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static dev.sluice.it.pipelines.Refusals.refusesWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Tag;

/**
 * AddTags merges by key, RemoveTags drops the keys given (absent ones are fine), and a pipeline
 * holds at most 10 tags with keys of 1 to 128 and values of up to 256 characters; a refused change
 * leaves the tags as they were.
 */
@ExtendWith(SluiceExtension.class)
class PipelineTagsTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void addTagsOverwritesValuesByKeyAndRemoveTagsDropsKeys() {
    var id =
        client
            .createPipeline(b -> b.name("tagged").uniqueId("tagged").tags(tag("env", "dev")))
            .pipelineId();

    client.addTags(b -> b.pipelineId(id).tags(tag("env", "prod"), tag("team", "data")));
    assertThat(tags(id)).containsExactlyInAnyOrder(tag("env", "prod"), tag("team", "data"));

    client.removeTags(b -> b.pipelineId(id).tagKeys("env", "never-set"));
    assertThat(tags(id)).containsExactly(tag("team", "data"));
  }

  @Test
  void theEleventhTagIsRefusedAndTheTenStay() {
    var id = pipelines.create("ten-tags");
    var ten = IntStream.range(0, 10).mapToObj(i -> tag("k" + i, "v" + i)).toList();
    client.addTags(b -> b.pipelineId(id).tags(ten.subList(0, 6)));
    client.addTags(b -> b.pipelineId(id).tags(ten.subList(6, 10)));

    refuses(
        () -> client.addTags(b -> b.pipelineId(id).tags(tag("k10", "v10"))),
        "InvalidRequestException",
        "Number of tags exceeds the limit of 10 tags per pipeline");
    assertThat(tags(id)).containsExactlyInAnyOrderElementsOf(ten);

    client.addTags(b -> b.pipelineId(id).tags(tag("k0", "changed")));
    assertThat(tags(id)).contains(tag("k0", "changed")).hasSize(10);
  }

  @Test
  void elevenTagsInOneCallAreAValidationException() {
    var id = pipelines.create("eleven");
    var eleven = IntStream.range(0, 11).mapToObj(i -> tag("k" + i, "v")).toList();

    refusesWith(
        () -> client.addTags(b -> b.pipelineId(id).tags(eleven)),
        "ValidationException",
        "at 'tags' failed to satisfy constraint: Member must have length less than or equal to"
            + " 10");
    assertThat(tags(id)).isEmpty();
  }

  @Test
  void aKeyLongerThan128CharactersIsRefused() {
    var id = pipelines.create("long-key");
    var key = "k".repeat(129);

    refuses(
        () -> client.addTags(b -> b.pipelineId(id).tags(tag(key, "v"))),
        "ValidationException",
        "1 validation error detected: Value '"
            + key
            + "' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less"
            + " than or equal to 128");
    assertThat(tags(id)).isEmpty();
  }

  @Test
  void aCreateWithTooManyTagsCreatesNothing() {
    var eleven = IntStream.range(0, 11).mapToObj(i -> tag("k" + i, "v")).toList();

    refusesWith(
        () -> client.createPipeline(b -> b.name("overtagged").uniqueId("o").tags(eleven)),
        "ValidationException",
        "at 'tags'");
    assertThat(client.listPipelinesPaginator(b -> {}).pipelineIdList().stream())
        .noneMatch(p -> p.name().equals("overtagged"));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static List<Tag> tags(String id) {
    return client.describePipelines(b -> b.pipelineIds(id)).pipelineDescriptionList().get(0).tags();
  }
}
