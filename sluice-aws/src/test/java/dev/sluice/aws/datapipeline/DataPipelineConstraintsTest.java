package dev.sluice.aws.datapipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import org.junit.jupiter.api.Test;

/**
 * The model's constraints refuse a request before the service is called, as a 400
 * ValidationException worded as AWS's request validation words it.
 */
class DataPipelineConstraintsTest extends DataPipelineCalls {
  private static final String TEXT =
      "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*";

  private String refusal(String operation, String body) throws Exception {
    var response = call(operation, body);
    var json = json(response);
    assertThat(response.status()).isEqualTo(400);
    assertThat(json.path("__type").asText()).isEqualTo("ValidationException");
    assertThat(service.calls).isEmpty();
    return json.path("message").asText();
  }

  @Test
  void aMissingPipelineIdMustNotBeNull() throws Exception {
    assertThat(refusal("DeletePipeline", "{}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'pipelineId' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void createPipelineNeedsANameAndAUniqueId() throws Exception {
    assertThat(refusal("CreatePipeline", "{\"description\":\"d\"}"))
        .isEqualTo(
            "2 validation errors detected: Value null at 'name' failed to satisfy constraint:"
                + " Member must not be null; Value null at 'uniqueId' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void anEmptyNameIsShorterThanOne() throws Exception {
    assertThat(refusal("CreatePipeline", "{\"name\":\"\",\"uniqueId\":\"u\"}"))
        .isEqualTo(
            "1 validation error detected: Value '' at 'name' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 1");
  }

  @Test
  void aNameLongerThan1024IsRefusedWithItsValue() throws Exception {
    var name = "n".repeat(1025);

    assertThat(refusal("CreatePipeline", "{\"name\":\"" + name + "\",\"uniqueId\":\"u\"}"))
        .isEqualTo(
            "1 validation error detected: Value '"
                + name
                + "' at 'name' failed to satisfy constraint: Member must have length less than"
                + " or equal to 1024");
  }

  @Test
  void lengthsCountCharactersNotBytes() {
    service.answer("CreatePipeline", Result.ok(PIPELINE));

    var response =
        call("CreatePipeline", "{\"name\":\"" + "é".repeat(1024) + "\",\"uniqueId\":\"u\"}");

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void controlCharactersBreakTheTextPattern() throws Exception {
    assertThat(refusal("DeletePipeline", "{\"pipelineId\":\"df-\\u0001\"}"))
        .isEqualTo(
            "1 validation error detected: Value 'df-\u0001' at 'pipelineId' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: "
                + TEXT);
  }

  @Test
  void tabsNewlinesAndCharactersBeyondTheBmpAreText() {
    service.answer("DeletePipeline", Result.ok(null));

    assertThat(call("DeletePipeline", "{\"pipelineId\":\"a\\tb\\r\\nc\uD83D\uDE00\"}").status())
        .isEqualTo(200);
  }

  @Test
  void aDescriptionLongerThan1024IsRefused() throws Exception {
    var description = "d".repeat(1025);

    assertThat(
            refusal(
                "CreatePipeline",
                "{\"name\":\"n\",\"uniqueId\":\"u\",\"description\":\"" + description + "\"}"))
        .endsWith(
            "' at 'description' failed to satisfy constraint: Member must have length less than"
                + " or equal to 1024");
  }

  @Test
  void moreThanTenTagsAreRefused() throws Exception {
    var tags = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      tags.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"value\":\"v\"}");
    }

    assertThat(refusal("AddTags", "{\"pipelineId\":\"" + PIPELINE + "\",\"tags\":[" + tags + "]}"))
        .startsWith(
            "1 validation error detected: Value '[Tag(key=k0, value=v), Tag(key=k1, value=v)")
        .endsWith(
            "' at 'tags' failed to satisfy constraint: Member must have length less than or"
                + " equal to 10");
  }

  @Test
  void tagKeysAndValuesAreBoundedAndRequired() throws Exception {
    var key = "k".repeat(129);
    var value = "v".repeat(257);

    assertThat(
            refusal(
                "CreatePipeline",
                "{\"name\":\"n\",\"uniqueId\":\"u\",\"tags\":[{\"key\":\""
                    + key
                    + "\",\"value\":\""
                    + value
                    + "\"},{\"key\":\"\"},{}]}"))
        .isEqualTo(
            "6 validation errors detected: Value '"
                + key
                + "' at 'tags.1.member.key' failed to satisfy constraint: Member must have length"
                + " less than or equal to 128; Value '"
                + value
                + "' at 'tags.1.member.value' failed to satisfy constraint: Member must have"
                + " length less than or equal to 256; Value '' at 'tags.2.member.key' failed to"
                + " satisfy constraint: Member must have length greater than or equal to 1; Value"
                + " null at 'tags.2.member.value' failed to satisfy constraint: Member must not be"
                + " null; Value null at 'tags.3.member.key' failed to satisfy constraint: Member"
                + " must not be null; Value null at 'tags.3.member.value' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void pipelineObjectsAreRequiredWithTheirIdsNamesAndFields() throws Exception {
    assertThat(
            refusal(
                "PutPipelineDefinition",
                """
                {"pipelineId":"%s","pipelineObjects":[
                  {"id":"A","name":"A","fields":[{"stringValue":"x"},{"key":"k","refValue":""}]},
                  {"name":"B"},
                  null]}
                """
                    .formatted(PIPELINE)))
        .isEqualTo(
            "5 validation errors detected: Value null at"
                + " 'pipelineObjects.1.member.fields.1.member.key' failed to satisfy constraint:"
                + " Member must not be null; Value '' at"
                + " 'pipelineObjects.1.member.fields.2.member.refValue' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 1; Value null at"
                + " 'pipelineObjects.2.member.id' failed to satisfy constraint: Member must not be"
                + " null; Value null at 'pipelineObjects.2.member.fields' failed to satisfy"
                + " constraint: Member must not be null; Value null at 'pipelineObjects.3.member'"
                + " failed to satisfy constraint: Member must not be null");
  }

  @Test
  void aDefinitionNeedsItsPipelineObjects() throws Exception {
    assertThat(refusal("ValidatePipelineDefinition", "{\"pipelineId\":\"" + PIPELINE + "\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'pipelineObjects' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void fieldValuesAreBoundedTo10240Characters() throws Exception {
    var value = "v".repeat(10241);

    assertThat(
            refusal(
                "ReportTaskProgress",
                "{\"taskId\":\"t\",\"fields\":[{\"key\":\"k\",\"stringValue\":\""
                    + value
                    + "\"}]}"))
        .endsWith(
            "' at 'fields.1.member.stringValue' failed to satisfy constraint: Member must have"
                + " length less than or equal to 10240");
  }

  @Test
  void parameterObjectsAndValuesNeedTheirMembers() throws Exception {
    assertThat(
            refusal(
                "PutPipelineDefinition",
                """
                {"pipelineId":"%s","pipelineObjects":[],
                 "parameterObjects":[{"id":"p"},{"id":"q","attributes":[{"key":"type"}]}],
                 "parameterValues":[{"id":"p"}]}
                """
                    .formatted(PIPELINE)))
        .isEqualTo(
            "3 validation errors detected: Value null at 'parameterObjects.1.member.attributes'"
                + " failed to satisfy constraint: Member must not be null; Value null at"
                + " 'parameterObjects.2.member.attributes.1.member.stringValue' failed to satisfy"
                + " constraint: Member must not be null; Value null at"
                + " 'parameterValues.1.member.stringValue' failed to satisfy constraint: Member"
                + " must not be null");
  }

  @Test
  void anIdListWithAnEmptyIdNamesEveryConstraintOfItsMembers() throws Exception {
    assertThat(refusal("DescribePipelines", "{\"pipelineIds\":[\"df-1\",\"\"]}"))
        .isEqualTo(
            "1 validation error detected: Value '[df-1, ]' at 'pipelineIds' failed to satisfy"
                + " constraint: Member must satisfy constraint: [Member must have length less than"
                + " or equal to 1024, Member must have length greater than or equal to 1, Member"
                + " must satisfy regular expression pattern: "
                + TEXT
                + "]");
  }

  @Test
  void anIdListWithANullMemberIsRefused() throws Exception {
    assertThat(
            refusal(
                "SetStatus",
                "{\"pipelineId\":\"" + PIPELINE + "\",\"objectIds\":[null],\"status\":\"PAUSE\"}"))
        .isEqualTo(
            "1 validation error detected: Value '[null]' at 'objectIds' failed to satisfy"
                + " constraint: Member must satisfy constraint: [Member must not be null]");
  }

  @Test
  void setStatusNeedsObjectIdsAndAStatus() throws Exception {
    assertThat(refusal("SetStatus", "{\"pipelineId\":\"" + PIPELINE + "\"}"))
        .isEqualTo(
            "2 validation errors detected: Value null at 'objectIds' failed to satisfy"
                + " constraint: Member must not be null; Value null at 'status' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void anUnknownTaskStatusListsTheModelsValues() throws Exception {
    assertThat(refusal("SetTaskStatus", "{\"taskId\":\"t\",\"taskStatus\":\"DONE\"}"))
        .isEqualTo(
            "1 validation error detected: Value 'DONE' at 'taskStatus' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [FINISHED, FAILED, FALSE]");
  }

  @Test
  void taskIdsAreBoundedTo2048() throws Exception {
    var taskId = "t".repeat(2049);

    assertThat(
            refusal("SetTaskStatus", "{\"taskId\":\"" + taskId + "\",\"taskStatus\":\"FAILED\"}"))
        .endsWith(
            "' at 'taskId' failed to satisfy constraint: Member must have length less than or"
                + " equal to 2048");
  }

  @Test
  void anUnknownOperatorTypeListsTheModelsValues() throws Exception {
    assertThat(
            refusal(
                "QueryObjects",
                """
                {"pipelineId":"%s","sphere":"INSTANCE","query":{"selectors":[
                  {"fieldName":"@status","operator":{"type":"EQ","values":["RUNNING"]}},
                  {"fieldName":"@status","operator":{"type":"NE","values":["RUNNING"]}}]}}
                """
                    .formatted(PIPELINE)))
        .isEqualTo(
            "1 validation error detected: Value 'NE' at 'query.selectors.2.member.operator.type'"
                + " failed to satisfy constraint: Member must satisfy enum value set: [EQ,"
                + " REF_EQ, LE, GE, BETWEEN]");
  }

  @Test
  void queryObjectsNeedsASphere() throws Exception {
    assertThat(refusal("QueryObjects", "{\"pipelineId\":\"" + PIPELINE + "\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'sphere' failed to satisfy constraint:"
                + " Member must not be null");
  }

  @Test
  void pollForTaskNeedsAWorkerGroup() throws Exception {
    assertThat(refusal("PollForTask", "{\"hostname\":\"h\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'workerGroup' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void aHeartbeatNeedsItsTaskRunnerId() throws Exception {
    assertThat(refusal("ReportTaskRunnerHeartbeat", "{\"workerGroup\":\"wg\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'taskrunnerId' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void evaluateExpressionNeedsObjectAndExpression() throws Exception {
    assertThat(refusal("EvaluateExpression", "{\"pipelineId\":\"" + PIPELINE + "\"}"))
        .isEqualTo(
            "2 validation errors detected: Value null at 'objectId' failed to satisfy"
                + " constraint: Member must not be null; Value null at 'expression' failed to"
                + " satisfy constraint: Member must not be null");
  }

  @Test
  void removeTagsNeedsTheKeys() throws Exception {
    assertThat(refusal("RemoveTags", "{\"pipelineId\":\"" + PIPELINE + "\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint:"
                + " Member must not be null");
  }

  @Test
  void describeObjectsNeedsTheObjectIds() throws Exception {
    assertThat(refusal("DescribeObjects", "{\"pipelineId\":\"" + PIPELINE + "\"}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'objectIds' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void activationParameterValuesNeedTheirIds() throws Exception {
    assertThat(
            refusal(
                "ActivatePipeline",
                "{\"pipelineId\":\""
                    + PIPELINE
                    + "\",\"parameterValues\":[{\"stringValue\":\"v\"}]}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'parameterValues.1.member.id' failed to"
                + " satisfy constraint: Member must not be null");
  }
}
