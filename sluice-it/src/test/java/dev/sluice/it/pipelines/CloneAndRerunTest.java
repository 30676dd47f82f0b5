package dev.sluice.it.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.SluiceCli;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Tag;

/**
 * Sluice's extensions, through {@code sluice pipelines clone|rerun} and the json calls
 * DataPipeline.ClonePipeline and DataPipeline.RerunPipeline: a clone is a new pipeline with the
 * source's latest definition and tags (uniqueId its name unless given), and a rerun runs a finished
 * on-demand pipeline again with a new scheduled start time.
 */
@ExtendWith(SluiceExtension.class)
class CloneAndRerunTest {
  static Pipelines pipelines;
  static DataPipelineClient client;
  static ExtensionCalls extensions;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
    extensions = new ExtensionCalls(endpoint);
  }

  @Test
  void theCloneCommandCopiesDefinitionAndTagsAndCanActivate() throws Exception {
    var source = source("original");

    var cloned =
        cli("pipelines", "clone", source, "--name", "copy", "--unique-id", "copy-1", "--activate");

    assertThat(cloned.exitCode()).as(cloned.output()).isZero();
    var copy = cloned.output().strip();
    assertThat(copy).matches("df-[A-Z0-9]{20}").isNotEqualTo(source);
    var description =
        client.describePipelines(b -> b.pipelineIds(copy)).pipelineDescriptionList().get(0);
    assertThat(description.name()).isEqualTo("copy");
    assertThat(description.tags()).containsExactly(Tag.builder().key("team").value("data").build());
    assertThat(pipelines.description(copy)).containsEntry("uniqueId", "copy-1");
    assertThat(client.getPipelineDefinition(b -> b.pipelineId(copy)).pipelineObjects())
        .isEqualTo(client.getPipelineDefinition(b -> b.pipelineId(source)).pipelineObjects());
    pipelines.awaitState(copy, "FINISHED");
    assertThat(pipelines.state(source)).isEqualTo("PENDING");
  }

  @Test
  void theCloneCallAnswersTheNewIdIdempotentlyAndLeavesItPending() throws Exception {
    var source = source("call-source");

    var first = extensions.clonePipeline(source, "call-copy", null);
    var again = extensions.clonePipeline(source, "call-copy", null);

    assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
    var copy = first.body().path("pipelineId").asText();
    assertThat(again.body().path("pipelineId").asText()).isEqualTo(copy);
    assertThat(pipelines.description(copy))
        .containsEntry("uniqueId", "call-copy")
        .containsEntry("@pipelineState", "PENDING");
  }

  @Test
  void cloningAnUnknownPipelineIsPipelineNotFound() throws Exception {
    var answer = extensions.clonePipeline("df-NOSUCHPIPELINE00000", "x", null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("__type").asText()).isEqualTo("PipelineNotFoundException");
    assertThat(answer.body().path("message").asText())
        .isEqualTo("Pipeline with id: df-NOSUCHPIPELINE00000 does not exist");
  }

  @Test
  void theRerunCommandRunsAFinishedPipelineAgainWithANewScheduledTime() throws Exception {
    var id = finished("rerun-me");
    var before = pipelines.field(id, pipelines.instance(id, "Step"), "@scheduledStartTime");
    pipelines.advance("1m");

    var rerun = cli("pipelines", "rerun", id);

    assertThat(rerun.exitCode()).as(rerun.output()).isZero();
    assertThat(rerun.output().strip()).isEqualTo(id + " runs again");
    pipelines.awaitState(id, "FINISHED");
    var again = pipelines.instance(id, "Step");
    assertThat(pipelines.status(id, again)).isEqualTo("FINISHED");
    assertThat(pipelines.time(id, again, "@scheduledStartTime")).isAfter(Pipelines.parse(before));
  }

  @Test
  void theRerunCallRunsAFinishedPipelineAgain() throws Exception {
    var id = finished("rerun-call");
    var first = pipelines.instance(id, "Step");
    pipelines.advance("1m");

    var answer = extensions.rerunPipeline(id);

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.instance(id, "Step")).isNotEqualTo(first);
  }

  @Test
  void aPipelineNeverActivatedCannotBeRerun() throws Exception {
    var id = pipelines.define("never-run", Component.onDemandDefault());

    var answer = extensions.rerunPipeline(id);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("__type").asText()).isEqualTo("InvalidRequestException");
    assertThat(answer.body().path("message").asText())
        .isEqualTo("Pipeline " + id + " has never been activated");
  }

  private static String source(String name) {
    var id =
        client
            .createPipeline(
                b ->
                    b.name(name)
                        .uniqueId(name)
                        .tags(Tag.builder().key("team").value("data").build()))
            .pipelineId();
    pipelines.put(
        id,
        Component.onDemandDefault(),
        Component.ec2("Machine"),
        Component.shell("Step", "echo cloned", "Machine"));
    return id;
  }

  private static String finished(String name) {
    var id =
        pipelines.run(
            name,
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Step", "echo #{@scheduledStartTime}", "Machine"));
    pipelines.awaitState(id, "FINISHED");
    return id;
  }

  private static SluiceCli.Outcome cli(String... args) throws Exception {
    var withEndpoint = new java.util.ArrayList<>(java.util.List.of(args));
    withEndpoint.add("--endpoint");
    withEndpoint.add(pipelines.endpoint().toString());
    return SluiceCli.run(withEndpoint.toArray(String[]::new));
  }
}
