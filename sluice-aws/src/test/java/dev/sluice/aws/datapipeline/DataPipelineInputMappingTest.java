package dev.sluice.aws.datapipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectPage;
import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.Selector;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each operation hands the service what the wire's input shape says. */
class DataPipelineInputMappingTest extends DataPipelineCalls {
  private static final String DEFINITION =
      """
      {"pipelineId":"%s",
       "pipelineObjects":[
         {"id":"Default","name":"Default","fields":[
           {"key":"scheduleType","stringValue":"ondemand"},
           {"key":"role","stringValue":"DataPipelineDefaultRole"}]},
         {"id":"Act","name":"Activity","fields":[
           {"key":"type","stringValue":"ShellCommandActivity"},
           {"key":"runsOn","refValue":"Ec2"}]}],
       "parameterObjects":[
         {"id":"myInput","attributes":[{"key":"type","stringValue":"AWS::S3::ObjectKey"}]}],
       "parameterValues":[
         {"id":"myInput","stringValue":"s3://a/b"},{"id":"myInput","stringValue":"s3://a/c"}]}
      """
          .formatted(PIPELINE);

  private static final PipelineDefinition MAPPED =
      new PipelineDefinition(
          List.of(
              new PipelineObject(
                  "Default",
                  "Default",
                  List.of(
                      Field.text("scheduleType", "ondemand"),
                      Field.text("role", "DataPipelineDefaultRole"))),
              new PipelineObject(
                  "Act",
                  "Activity",
                  List.of(Field.text("type", "ShellCommandActivity"), Field.ref("runsOn", "Ec2")))),
          List.of(
              new ParameterObject(
                  "myInput", List.of(new ParameterAttribute("type", "AWS::S3::ObjectKey")))),
          List.of(
              new ParameterValue("myInput", "s3://a/b"),
              new ParameterValue("myInput", "s3://a/c")));

  @Test
  void createPipelineCarriesTheCallersAccount() throws Exception {
    service.answer("CreatePipeline", Result.ok(PIPELINE));

    ok(
        "CreatePipeline",
        """
        {"name":"etl","uniqueId":"etl-1","description":"nightly",
         "tags":[{"key":"team","value":"data"},{"key":"env","value":""}]}
        """);

    assertThat(service.calls)
        .containsExactly(
            List.of(
                "CreatePipeline",
                new CreatePipelineInput(
                    "etl",
                    "etl-1",
                    "nightly",
                    List.of(new Tag("team", "data"), new Tag("env", "")),
                    ACCOUNT)));
  }

  @Test
  void deletePipelineNamesThePipeline() throws Exception {
    service.answer("DeletePipeline", Result.ok(null));

    ok("DeletePipeline", "{\"pipelineId\":\"" + PIPELINE + "\"}");

    assertThat(service.calls).containsExactly(List.of("DeletePipeline", PIPELINE));
  }

  @Test
  void listPipelinesPassesTheMarker() throws Exception {
    service.answer("ListPipelines", Result.ok(new PipelinePage(List.of(), null, false)));

    ok("ListPipelines", "{\"marker\":\"m-2\"}");
    ok("ListPipelines", "{}");

    assertThat(service.calls)
        .containsExactly(List.of("ListPipelines", "m-2"), Arrays.asList("ListPipelines", null));
  }

  @Test
  void describePipelinesPassesTheIdsInOrder() throws Exception {
    service.answer("DescribePipelines", Result.ok(List.of()));

    ok("DescribePipelines", "{\"pipelineIds\":[\"df-B\",\"df-A\"]}");

    assertThat(service.calls)
        .containsExactly(List.of("DescribePipelines", List.of("df-B", "df-A")));
  }

  @Test
  void putPipelineDefinitionMapsObjectsParametersAndValues() throws Exception {
    service.answer("PutPipelineDefinition", Result.ok(ValidationReport.clean()));

    ok("PutPipelineDefinition", DEFINITION);

    assertThat(service.calls).containsExactly(List.of("PutPipelineDefinition", PIPELINE, MAPPED));
  }

  @Test
  void validatePipelineDefinitionMapsTheSameDefinition() throws Exception {
    service.answer("ValidatePipelineDefinition", Result.ok(ValidationReport.clean()));

    ok("ValidatePipelineDefinition", DEFINITION);

    assertThat(service.calls)
        .containsExactly(List.of("ValidatePipelineDefinition", PIPELINE, MAPPED));
  }

  @Test
  void getPipelineDefinitionPassesTheVersion() throws Exception {
    service.answer("GetPipelineDefinition", Result.ok(PipelineDefinition.empty()));

    ok("GetPipelineDefinition", "{\"pipelineId\":\"" + PIPELINE + "\",\"version\":\"active\"}");

    assertThat(service.calls).containsExactly(List.of("GetPipelineDefinition", PIPELINE, "active"));
  }

  @Test
  void activatePipelineReadsFractionalEpochSeconds() throws Exception {
    service.answer("ActivatePipeline", Result.ok(null));

    ok(
        "ActivatePipeline",
        """
        {"pipelineId":"%s","startTimestamp":1772366400.123,
         "parameterValues":[{"id":"myInput","stringValue":"s3://x"}]}
        """
            .formatted(PIPELINE));

    assertThat(service.calls)
        .containsExactly(
            List.of(
                "ActivatePipeline",
                PIPELINE,
                List.of(new ParameterValue("myInput", "s3://x")),
                Instant.parse("2026-03-01T12:00:00.123Z")));
  }

  @Test
  void activatePipelineWithoutATimestampStartsNow() throws Exception {
    service.answer("ActivatePipeline", Result.ok(null));

    ok("ActivatePipeline", "{\"pipelineId\":\"" + PIPELINE + "\",\"startTimestamp\":1772366400}");
    ok("ActivatePipeline", "{\"pipelineId\":\"" + PIPELINE + "\"}");

    assertThat(service.calls)
        .containsExactly(
            Arrays.asList(
                "ActivatePipeline", PIPELINE, null, Instant.parse("2026-03-01T12:00:00Z")),
            Arrays.asList("ActivatePipeline", PIPELINE, null, null));
  }

  @Test
  void deactivatePipelineCancelsActiveObjectsUnlessToldNot() throws Exception {
    service.answer("DeactivatePipeline", Result.ok(null));

    ok("DeactivatePipeline", "{\"pipelineId\":\"" + PIPELINE + "\"}");
    ok("DeactivatePipeline", "{\"pipelineId\":\"" + PIPELINE + "\",\"cancelActive\":false}");
    ok("DeactivatePipeline", "{\"pipelineId\":\"" + PIPELINE + "\",\"cancelActive\":true}");

    assertThat(service.calls)
        .containsExactly(
            List.of("DeactivatePipeline", PIPELINE, true),
            List.of("DeactivatePipeline", PIPELINE, false),
            List.of("DeactivatePipeline", PIPELINE, true));
  }

  @Test
  void queryObjectsMapsSelectorsWithTheirOperators() throws Exception {
    service.answer("QueryObjects", Result.ok(new IdPage(List.of(), null, false)));

    ok(
        "QueryObjects",
        """
        {"pipelineId":"%s","sphere":"INSTANCE","marker":"m","limit":5,
         "query":{"selectors":[
           {"fieldName":"@status","operator":{"type":"EQ","values":["RUNNING","WAITING_ON_DEPENDENCIES"]}},
           {"fieldName":"@scheduledStartTime","operator":{"type":"BETWEEN","values":["2026-01-01T00:00:00","2026-02-01T00:00:00"]}},
           {"fieldName":"name"}]}}
        """
            .formatted(PIPELINE));

    assertThat(service.calls)
        .containsExactly(
            List.of(
                "QueryObjects",
                new ObjectQueryInput(
                    PIPELINE,
                    List.of(
                        new Selector(
                            "@status", "EQ", List.of("RUNNING", "WAITING_ON_DEPENDENCIES")),
                        new Selector(
                            "@scheduledStartTime",
                            "BETWEEN",
                            List.of("2026-01-01T00:00:00", "2026-02-01T00:00:00")),
                        new Selector("name", null, List.of())),
                    "INSTANCE",
                    "m",
                    5)));
  }

  @Test
  void queryObjectsWithoutAQueryHasNoSelectors() throws Exception {
    service.answer("QueryObjects", Result.ok(new IdPage(List.of(), null, false)));

    ok("QueryObjects", "{\"pipelineId\":\"" + PIPELINE + "\",\"sphere\":\"COMPONENT\"}");

    assertThat(service.calls)
        .containsExactly(
            List.of(
                "QueryObjects",
                new ObjectQueryInput(PIPELINE, List.of(), "COMPONENT", null, null)));
  }

  @Test
  void describeObjectsPassesIdsEvaluationAndMarker() throws Exception {
    service.answer("DescribeObjects", Result.ok(new ObjectPage(List.of(), null, false)));

    ok(
        "DescribeObjects",
        "{\"pipelineId\":\""
            + PIPELINE
            + "\",\"objectIds\":[\"Act\",\"Default\"],\"evaluateExpressions\":true,\"marker\":\"2\"}");
    ok("DescribeObjects", "{\"pipelineId\":\"" + PIPELINE + "\",\"objectIds\":[\"Act\"]}");

    assertThat(service.calls)
        .containsExactly(
            List.of("DescribeObjects", PIPELINE, List.of("Act", "Default"), true, "2"),
            Arrays.asList("DescribeObjects", PIPELINE, List.of("Act"), false, null));
  }

  @Test
  void evaluateExpressionPassesObjectAndExpression() throws Exception {
    service.answer("EvaluateExpression", Result.ok("x"));

    ok(
        "EvaluateExpression",
        "{\"pipelineId\":\""
            + PIPELINE
            + "\",\"objectId\":\"Act\",\"expression\":\"#{format(@scheduledStartTime,'YYYY')}\"}");

    assertThat(service.calls)
        .containsExactly(
            List.of(
                "EvaluateExpression", PIPELINE, "Act", "#{format(@scheduledStartTime,'YYYY')}"));
  }

  @Test
  void setStatusPassesObjectsAndStatus() throws Exception {
    service.answer("SetStatus", Result.ok(null));

    ok(
        "SetStatus",
        "{\"pipelineId\":\"" + PIPELINE + "\",\"objectIds\":[\"@Act_1\"],\"status\":\"RERUN\"}");

    assertThat(service.calls)
        .containsExactly(List.of("SetStatus", PIPELINE, List.of("@Act_1"), "RERUN"));
  }

  @Test
  void addTagsMapsEachTag() throws Exception {
    service.answer("AddTags", Result.ok(null));

    ok(
        "AddTags",
        "{\"pipelineId\":\"" + PIPELINE + "\",\"tags\":[{\"key\":\"a\",\"value\":\"1\"}]}");

    assertThat(service.calls)
        .containsExactly(List.of("AddTags", PIPELINE, List.of(new Tag("a", "1"))));
  }

  @Test
  void removeTagsPassesTheKeys() throws Exception {
    service.answer("RemoveTags", Result.ok(null));

    ok("RemoveTags", "{\"pipelineId\":\"" + PIPELINE + "\",\"tagKeys\":[\"a\",\"b\"]}");

    assertThat(service.calls).containsExactly(List.of("RemoveTags", PIPELINE, List.of("a", "b")));
  }

  @Test
  void pollForTaskPassesWorkerGroupAndHostnameAndIgnoresTheIdentity() throws Exception {
    service.answer("PollForTask", Result.ok(Optional.empty()));

    ok(
        "PollForTask",
        """
        {"workerGroup":"wg-1","hostname":"host.local",
         "instanceIdentity":{"document":"{}","signature":"sig"}}
        """);

    assertThat(service.calls)
        .containsExactly(List.of("PollForTask", new TaskRunnerPoll("wg-1", "host.local")));
  }

  @Test
  void reportTaskProgressMapsTheFields() throws Exception {
    service.answer("ReportTaskProgress", Result.ok(false));

    ok(
        "ReportTaskProgress",
        "{\"taskId\":\"t-1\",\"fields\":[{\"key\":\"progress\",\"stringValue\":\"50\"}]}");
    ok("ReportTaskProgress", "{\"taskId\":\"t-2\"}");

    assertThat(service.calls)
        .containsExactly(
            List.of("ReportTaskProgress", "t-1", List.of(Field.text("progress", "50"))),
            Arrays.asList("ReportTaskProgress", "t-2", null));
  }

  @Test
  void setTaskStatusPassesTheError() throws Exception {
    service.answer("SetTaskStatus", Result.ok(null));

    ok(
        "SetTaskStatus",
        """
        {"taskId":"t-1","taskStatus":"FAILED","errorId":"E1","errorMessage":"boom",
         "errorStackTrace":"at x"}
        """);

    assertThat(service.calls)
        .containsExactly(
            List.of("SetTaskStatus", new TaskStatusInput("t-1", "FAILED", "E1", "boom", "at x")));
  }

  @Test
  void reportTaskRunnerHeartbeatPassesTheRunner() throws Exception {
    service.answer("ReportTaskRunnerHeartbeat", Result.ok(false));

    ok(
        "ReportTaskRunnerHeartbeat",
        "{\"taskrunnerId\":\"tr-1\",\"workerGroup\":\"wg-1\",\"hostname\":\"h\"}");

    assertThat(service.calls)
        .containsExactly(
            List.of("ReportTaskRunnerHeartbeat", new TaskRunnerHeartbeat("tr-1", "wg-1", "h")));
  }
}
