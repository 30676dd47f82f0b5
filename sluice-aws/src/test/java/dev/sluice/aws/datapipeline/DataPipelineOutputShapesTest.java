package dev.sluice.aws.datapipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.ObjectPage;
import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.PipelineSummary;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact JSON each operation answers: member names, omitted nulls, json 1.1 headers. */
class DataPipelineOutputShapesTest extends DataPipelineCalls {
  private static final String ID = "{\"pipelineId\":\"" + PIPELINE + "\"}";

  private static final PipelineObject ACTIVITY =
      new PipelineObject(
          "Act",
          "Activity",
          List.of(Field.text("type", "ShellCommandActivity"), Field.ref("runsOn", "Ec2")));

  private static final String ACTIVITY_JSON =
      """
      {"id":"Act","name":"Activity","fields":[
        {"key":"type","stringValue":"ShellCommandActivity"},{"key":"runsOn","refValue":"Ec2"}]}
      """;

  @Test
  void aResultIsJson11WithTheRequestId() {
    service.answer("DeletePipeline", Result.ok(null));

    var response = call("DeletePipeline", ID);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ-9");
  }

  @Test
  void createPipelineAnswersThePipelineId() throws Exception {
    service.answer("CreatePipeline", Result.ok(PIPELINE));

    assertThat(ok("CreatePipeline", "{\"name\":\"n\",\"uniqueId\":\"u\"}")).isEqualTo(parse(ID));
  }

  @Test
  void operationsWithoutOutputMembersAnswerAnEmptyObject() throws Exception {
    var empty = parse("{}");
    for (var operation :
        List.of(
            "DeletePipeline",
            "SetStatus",
            "ActivatePipeline",
            "DeactivatePipeline",
            "AddTags",
            "RemoveTags",
            "SetTaskStatus")) {
      service.answer(operation, Result.ok(null));
    }

    assertThat(ok("DeletePipeline", ID)).isEqualTo(empty);
    assertThat(
            ok(
                "SetStatus",
                "{\"pipelineId\":\"" + PIPELINE + "\",\"objectIds\":[\"A\"],\"status\":\"PAUSE\"}"))
        .isEqualTo(empty);
    assertThat(ok("ActivatePipeline", ID)).isEqualTo(empty);
    assertThat(ok("DeactivatePipeline", ID)).isEqualTo(empty);
    assertThat(ok("AddTags", "{\"pipelineId\":\"" + PIPELINE + "\",\"tags\":[]}")).isEqualTo(empty);
    assertThat(ok("RemoveTags", "{\"pipelineId\":\"" + PIPELINE + "\",\"tagKeys\":[]}"))
        .isEqualTo(empty);
    assertThat(ok("SetTaskStatus", "{\"taskId\":\"t\",\"taskStatus\":\"FINISHED\"}"))
        .isEqualTo(empty);
  }

  @Test
  void listPipelinesAnswersIdsNamesMarkerAndMore() throws Exception {
    service.answer(
        "ListPipelines",
        Result.ok(new PipelinePage(List.of(new PipelineSummary(PIPELINE, "etl")), "m-2", true)));

    assertThat(ok("ListPipelines", "{}"))
        .isEqualTo(
            parse(
                """
                {"pipelineIdList":[{"id":"%s","name":"etl"}],"marker":"m-2","hasMoreResults":true}
                """
                    .formatted(PIPELINE)));
  }

  @Test
  void theLastPageOfPipelinesHasNoMarker() throws Exception {
    service.answer("ListPipelines", Result.ok(new PipelinePage(List.of(), null, false)));

    assertThat(ok("ListPipelines", "{}"))
        .isEqualTo(parse("{\"pipelineIdList\":[],\"hasMoreResults\":false}"));
  }

  @Test
  void describePipelinesAnswersFieldsDescriptionAndTags() throws Exception {
    service.answer(
        "DescribePipelines",
        Result.ok(
            List.of(
                new PipelineDescription(
                    PIPELINE,
                    "etl",
                    List.of(
                        Field.text("@pipelineState", "PENDING"),
                        Field.text("name", "etl"),
                        Field.ref("@firstActivationTime", "x")),
                    "nightly",
                    List.of(new Tag("team", "data"))),
                new PipelineDescription("df-2", "other", List.of(), null, List.of()))));

    assertThat(ok("DescribePipelines", "{\"pipelineIds\":[\"" + PIPELINE + "\",\"df-2\"]}"))
        .isEqualTo(
            parse(
                """
                {"pipelineDescriptionList":[
                  {"pipelineId":"%s","name":"etl","fields":[
                    {"key":"@pipelineState","stringValue":"PENDING"},
                    {"key":"name","stringValue":"etl"},
                    {"key":"@firstActivationTime","refValue":"x"}],
                   "description":"nightly","tags":[{"key":"team","value":"data"}]},
                  {"pipelineId":"df-2","name":"other","fields":[],"tags":[]}]}
                """
                    .formatted(PIPELINE)));
  }

  @Test
  void aCleanDefinitionAnswersOnlyErroredFalse() throws Exception {
    service.answer("PutPipelineDefinition", Result.ok(ValidationReport.clean()));
    service.answer("ValidatePipelineDefinition", Result.ok(ValidationReport.clean()));
    var body = "{\"pipelineId\":\"" + PIPELINE + "\",\"pipelineObjects\":[]}";

    assertThat(ok("PutPipelineDefinition", body)).isEqualTo(parse("{\"errored\":false}"));
    assertThat(ok("ValidatePipelineDefinition", body)).isEqualTo(parse("{\"errored\":false}"));
  }

  @Test
  void validationErrorsAndWarningsAreListedByObject() throws Exception {
    var report =
        new ValidationReport(
            List.of(new ObjectMessages("Schedule", List.of("INVALID_FIELD_VALUE: bad-time"))),
            List.of(new ObjectMessages("Default", List.of("w1", "w2"))));
    service.answer("PutPipelineDefinition", Result.ok(report));
    service.answer("ValidatePipelineDefinition", Result.ok(report));
    var body = "{\"pipelineId\":\"" + PIPELINE + "\",\"pipelineObjects\":[]}";
    var expected =
        parse(
            """
            {"validationErrors":[{"id":"Schedule","errors":["INVALID_FIELD_VALUE: bad-time"]}],
             "validationWarnings":[{"id":"Default","warnings":["w1","w2"]}],
             "errored":true}
            """);

    assertThat(ok("PutPipelineDefinition", body)).isEqualTo(expected);
    assertThat(ok("ValidatePipelineDefinition", body)).isEqualTo(expected);
  }

  @Test
  void warningsAloneLeaveTheDefinitionUnerrored() throws Exception {
    service.answer(
        "ValidatePipelineDefinition",
        Result.ok(
            new ValidationReport(List.of(), List.of(new ObjectMessages("Default", List.of("w"))))));

    assertThat(
            ok(
                "ValidatePipelineDefinition",
                "{\"pipelineId\":\"" + PIPELINE + "\",\"pipelineObjects\":[]}"))
        .isEqualTo(
            parse(
                "{\"validationWarnings\":[{\"id\":\"Default\",\"warnings\":[\"w\"]}],"
                    + "\"errored\":false}"));
  }

  @Test
  void getPipelineDefinitionAnswersObjectsParametersAndValues() throws Exception {
    service.answer(
        "GetPipelineDefinition",
        Result.ok(
            new PipelineDefinition(
                List.of(ACTIVITY),
                List.of(
                    new ParameterObject(
                        "myInput",
                        List.of(
                            new ParameterAttribute("type", "AWS::S3::ObjectKey"),
                            new ParameterAttribute("default", "s3://d")))),
                List.of(new ParameterValue("myInput", "s3://v")))));

    assertThat(ok("GetPipelineDefinition", ID))
        .isEqualTo(
            parse(
                """
                {"pipelineObjects":[%s],
                 "parameterObjects":[{"id":"myInput","attributes":[
                   {"key":"type","stringValue":"AWS::S3::ObjectKey"},
                   {"key":"default","stringValue":"s3://d"}]}],
                 "parameterValues":[{"id":"myInput","stringValue":"s3://v"}]}
                """
                    .formatted(ACTIVITY_JSON)));
  }

  @Test
  void queryObjectsAnswersIdsMarkerAndMore() throws Exception {
    service.answer("QueryObjects", Result.ok(new IdPage(List.of("@Act_1", "@Act_2"), "100", true)));

    assertThat(ok("QueryObjects", "{\"pipelineId\":\"" + PIPELINE + "\",\"sphere\":\"INSTANCE\"}"))
        .isEqualTo(
            parse("{\"ids\":[\"@Act_1\",\"@Act_2\"],\"marker\":\"100\",\"hasMoreResults\":true}"));
  }

  @Test
  void describeObjectsAnswersTheObjectsWithTheirFields() throws Exception {
    service.answer("DescribeObjects", Result.ok(new ObjectPage(List.of(ACTIVITY), null, false)));

    assertThat(
            ok("DescribeObjects", "{\"pipelineId\":\"" + PIPELINE + "\",\"objectIds\":[\"Act\"]}"))
        .isEqualTo(
            parse("{\"pipelineObjects\":[%s],\"hasMoreResults\":false}".formatted(ACTIVITY_JSON)));
  }

  @Test
  void evaluateExpressionAnswersTheValue() throws Exception {
    service.answer("EvaluateExpression", Result.ok("2026"));

    assertThat(
            ok(
                "EvaluateExpression",
                "{\"pipelineId\":\"" + PIPELINE + "\",\"objectId\":\"Act\",\"expression\":\"e\"}"))
        .isEqualTo(parse("{\"evaluatedExpression\":\"2026\"}"));
  }

  @Test
  void pollForTaskAnswersTheTaskWithItsObjectsById() throws Exception {
    var attempt =
        new PipelineObject(
            "@Act_1_Attempt=1", "@Act_1_Attempt=1", List.of(Field.ref("step", "Act")));
    service.answer(
        "PollForTask",
        Result.ok(
            Optional.of(
                new TaskAssignment(
                    "task-1",
                    PIPELINE,
                    "@Act_1_Attempt=1",
                    Map.of("Act", ACTIVITY, "@Act_1_Attempt=1", attempt)))));

    var body = ok("PollForTask", "{\"workerGroup\":\"wg\"}");

    assertThat(body)
        .isEqualTo(
            parse(
                """
                {"taskObject":{"taskId":"task-1","pipelineId":"%s","attemptId":"@Act_1_Attempt=1",
                  "objects":{
                    "Act":%s,
                    "@Act_1_Attempt=1":{"id":"@Act_1_Attempt=1","name":"@Act_1_Attempt=1",
                      "fields":[{"key":"step","refValue":"Act"}]}}}}
                """
                    .formatted(PIPELINE, ACTIVITY_JSON)));
    assertThat(body.path("taskObject").path("objects").fieldNames())
        .toIterable()
        .containsExactly("@Act_1_Attempt=1", "Act");
  }

  @Test
  void pollForTaskWithNothingWaitingAnswersAnEmptyObject() throws Exception {
    service.answer("PollForTask", Result.ok(Optional.empty()));

    assertThat(ok("PollForTask", "{\"workerGroup\":\"wg\"}")).isEqualTo(parse("{}"));
  }

  @Test
  void reportTaskProgressAnswersWhetherTheTaskWasCanceled() throws Exception {
    service.answer("ReportTaskProgress", Result.ok(true));

    assertThat(ok("ReportTaskProgress", "{\"taskId\":\"t\"}"))
        .isEqualTo(parse("{\"canceled\":true}"));
  }

  @Test
  void reportTaskRunnerHeartbeatAnswersWhetherToTerminate() throws Exception {
    service.answer("ReportTaskRunnerHeartbeat", Result.ok(false));

    assertThat(ok("ReportTaskRunnerHeartbeat", "{\"taskrunnerId\":\"tr\"}"))
        .isEqualTo(parse("{\"terminate\":false}"));
  }
}
