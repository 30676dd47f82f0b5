package dev.sluice.aws.datapipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.aws.http.EndpointServer;
import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.PipelineSummary;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.DataPipelineException;
import software.amazon.awssdk.services.datapipeline.model.PipelineNotFoundException;

/** The AWS SDK for Java v2's Data Pipeline client reads what the endpoint writes. */
class DataPipelineSdkClientTest {
  private static final String PIPELINE = "df-0123456789ABCDEFGHIJ";

  private final RecordingPipelineService service = new RecordingPipelineService();
  private EndpointServer server;
  private DataPipelineClient client;

  @BeforeEach
  void start() throws Exception {
    server = new EndpointServer(new DataPipelineEndpoint(service, "us-east-1"));
    client = server.client(DataPipelineClient.builder());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void createPipelineSendsItsMembersAndReadsTheId() {
    service.answer("CreatePipeline", Result.ok(PIPELINE));

    var created =
        client.createPipeline(
            r ->
                r.name("etl")
                    .uniqueId("etl-1")
                    .tags(
                        software.amazon.awssdk.services.datapipeline.model.Tag.builder()
                            .key("team")
                            .value("data")
                            .build()));

    assertThat(created.pipelineId()).isEqualTo(PIPELINE);
    assertThat(service.calls.get(0).get(1))
        .isEqualTo(
            new CreatePipelineInput(
                "etl", "etl-1", null, List.of(new Tag("team", "data")), "000000000000"));
  }

  @Test
  void anActivationTimeReachesTheServiceToTheMillisecond() {
    service.answer("ActivatePipeline", Result.ok(null));
    var start = Instant.parse("2026-03-01T12:00:00.123Z");

    client.activatePipeline(r -> r.pipelineId(PIPELINE).startTimestamp(start));

    assertThat(service.calls.get(0).get(3)).isEqualTo(start);
  }

  @Test
  void aValidationReportIsReadWithItsErrors() {
    service.answer(
        "PutPipelineDefinition",
        Result.ok(
            new ValidationReport(
                List.of(new ObjectMessages("Schedule", List.of("bad time"))), List.of())));

    var schedule =
        software.amazon.awssdk.services.datapipeline.model.PipelineObject.builder()
            .id("Schedule")
            .name("Schedule")
            .fields(
                software.amazon.awssdk.services.datapipeline.model.Field.builder()
                    .key("startDateTime")
                    .stringValue("bad-time")
                    .build())
            .build();

    var report =
        client.putPipelineDefinition(r -> r.pipelineId(PIPELINE).pipelineObjects(schedule));

    assertThat(report.errored()).isTrue();
    assertThat(report.validationErrors().get(0).id()).isEqualTo("Schedule");
    assertThat(report.validationErrors().get(0).errors()).containsExactly("bad time");
    assertThat(report.hasValidationWarnings()).isFalse();
    var definition = (PipelineDefinition) service.calls.get(0).get(2);
    assertThat(definition.objects().get(0).fields())
        .containsExactly(Field.text("startDateTime", "bad-time"));
  }

  @Test
  void describedPipelinesAreReadWithFieldsAndTags() {
    service.answer(
        "DescribePipelines",
        Result.ok(
            List.of(
                new PipelineDescription(
                    PIPELINE,
                    "etl",
                    List.of(Field.text("@pipelineState", "SCHEDULED"), Field.ref("parent", "X")),
                    null,
                    List.of(new Tag("team", "data"))))));

    var description =
        client.describePipelines(r -> r.pipelineIds(PIPELINE)).pipelineDescriptionList().get(0);

    assertThat(description.pipelineId()).isEqualTo(PIPELINE);
    assertThat(description.fields().get(0).stringValue()).isEqualTo("SCHEDULED");
    assertThat(description.fields().get(1).refValue()).isEqualTo("X");
    assertThat(description.description()).isNull();
    assertThat(description.tags().get(0).value()).isEqualTo("data");
  }

  @Test
  void aPageOfPipelinesIsReadWithItsMarker() {
    service.answer(
        "ListPipelines",
        Result.ok(new PipelinePage(List.of(new PipelineSummary(PIPELINE, "etl")), "m", true)));

    var page = client.listPipelines(r -> {});

    assertThat(page.pipelineIdList().get(0).name()).isEqualTo("etl");
    assertThat(page.marker()).isEqualTo("m");
    assertThat(page.hasMoreResults()).isTrue();
  }

  @Test
  void aPolledTaskIsReadWithItsObjectsAndNoTaskAsNone() {
    service.answer(
        "PollForTask",
        Result.ok(
            Optional.of(
                new TaskAssignment(
                    "task-1",
                    PIPELINE,
                    "@A_1_Attempt=1",
                    Map.of("A", new PipelineObject("A", "A", List.of(Field.text("type", "X"))))))));

    var task = client.pollForTask(r -> r.workerGroup("wg")).taskObject();

    assertThat(task.taskId()).isEqualTo("task-1");
    assertThat(task.objects().get("A").fields().get(0).stringValue()).isEqualTo("X");

    service.answer("PollForTask", Result.ok(Optional.empty()));
    assertThat(client.pollForTask(r -> r.workerGroup("wg")).taskObject()).isNull();
  }

  @Test
  void aServiceFailureBecomesTheSdksModelledException() {
    service.answer(
        "DeletePipeline",
        Result.err(Failure.of("PipelineNotFoundException", 400, "Pipeline not found.")));

    var error =
        catchThrowableOfType(
            PipelineNotFoundException.class, () -> client.deletePipeline(r -> r.pipelineId("x")));

    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Pipeline not found.");
    assertThat(error.statusCode()).isEqualTo(400);
  }

  @Test
  void aConstraintFailureIsAValidationExceptionOf400() {
    var error =
        catchThrowableOfType(
            DataPipelineException.class,
            () -> client.setTaskStatus(r -> r.taskId("t").taskStatus("DONE")));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(service.calls).isEmpty();
  }
}
