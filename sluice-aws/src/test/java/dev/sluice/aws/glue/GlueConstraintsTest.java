package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Glue's model constraints refuse a request before the job service is called, as a 400
 * ValidationException worded as AWS's request validation words it.
 */
class GlueConstraintsTest extends GlueCalls {
  private static final String SINGLE_LINE =
      "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*";
  private static final String JOB = "\"Name\":\"etl\",\"Role\":\"r\",\"Command\":{}";

  private String refusal(String operation, String body) throws Exception {
    var response = call(operation, body);
    var json = json(response);
    assertThat(response.status()).isEqualTo(400);
    assertThat(json.path("__type").asText()).isEqualTo("ValidationException");
    assertThat(service.jobs).isEmpty();
    assertThat(service.lastStart).isNull();
    return json.path("message").asText();
  }

  private static String one(String problem) {
    return "1 validation error detected: " + problem;
  }

  @Test
  void createJobNeedsANameARoleAndACommand() throws Exception {
    assertThat(refusal("CreateJob", "{}"))
        .isEqualTo(
            "3 validation errors detected: Value null at 'name' failed to satisfy constraint:"
                + " Member must not be null; Value null at 'role' failed to satisfy constraint:"
                + " Member must not be null; Value null at 'command' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void aNameLongerThan255IsRefusedWithItsValue() throws Exception {
    var name = "n".repeat(256);

    assertThat(refusal("CreateJob", "{\"Name\":\"" + name + "\",\"Role\":\"r\",\"Command\":{}}"))
        .isEqualTo(
            one(
                "Value '"
                    + name
                    + "' at 'name' failed to satisfy constraint: Member must have length less"
                    + " than or equal to 255"));
  }

  @Test
  void anEmptyJobNameIsShorterThanOne() throws Exception {
    assertThat(refusal("GetJob", "{\"JobName\":\"\"}"))
        .isEqualTo(
            one(
                "Value '' at 'jobName' failed to satisfy constraint: Member must have length"
                    + " greater than or equal to 1"));
  }

  @Test
  void aNameOnTwoLinesBreaksTheSingleLinePattern() throws Exception {
    assertThat(refusal("DeleteJob", "{\"JobName\":\"a\\nb\"}"))
        .isEqualTo(
            one(
                "Value 'a\nb' at 'jobName' failed to satisfy constraint: Member must satisfy"
                    + " regular expression pattern: "
                    + SINGLE_LINE));
  }

  @Test
  void namesMayHoldCharactersBeyondTheBasicPlaneAndCountThemOnce() throws Exception {
    var name = "\uD83D\uDE00".repeat(255);

    var response = call("CreateJob", "{\"Name\":\"" + name + "\",\"Role\":\"r\",\"Command\":{}}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(service.jobs).containsKey(name);
  }

  @Test
  void enumMembersListTheirValuesInTheModelsOrder() throws Exception {
    assertThat(
            refusal(
                "CreateJob",
                "{"
                    + JOB
                    + ",\"WorkerType\":\"G.16X\",\"JobMode\":\"X\",\"ExecutionClass\":\"x\"}"))
        .isEqualTo(
            "3 validation errors detected: Value 'X' at 'jobMode' failed to satisfy constraint:"
                + " Member must satisfy enum value set: [SCRIPT, VISUAL, NOTEBOOK]; Value 'G.16X'"
                + " at 'workerType' failed to satisfy constraint: Member must satisfy enum value"
                + " set: [Standard, G.1X, G.2X, G.025X, G.4X, G.8X, Z.2X]; Value 'x' at"
                + " 'executionClass' failed to satisfy constraint: Member must satisfy enum value"
                + " set: [FLEX, STANDARD]");
  }

  @Test
  void aTimeoutBelowOneMinuteIsRefused() throws Exception {
    assertThat(refusal("CreateJob", "{" + JOB + ",\"Timeout\":0}"))
        .isEqualTo(
            one(
                "Value '0' at 'timeout' failed to satisfy constraint: Member must have value"
                    + " greater than or equal to 1"));
  }

  @Test
  void jobUpdateMembersAreNamedAlongTheirPath() throws Exception {
    assertThat(
            refusal(
                "UpdateJob",
                "{\"JobName\":\"etl\",\"JobUpdate\":{\"Timeout\":0,"
                    + "\"NotificationProperty\":{\"NotifyDelayAfter\":0},"
                    + "\"Command\":{\"PythonVersion\":\"3.8\"}}}"))
        .isEqualTo(
            "3 validation errors detected: Value '3.8' at 'jobUpdate.command.pythonVersion'"
                + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
                + " ^([2-3]|3[.]9)$; Value '0' at 'jobUpdate.timeout' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 1; Value '0' at"
                + " 'jobUpdate.notificationProperty.notifyDelayAfter' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 1");
  }

  @Test
  void updateJobNeedsItsJobUpdate() throws Exception {
    assertThat(refusal("UpdateJob", "{\"JobName\":\"etl\"}"))
        .isEqualTo(
            one("Value null at 'jobUpdate' failed to satisfy constraint: Member must not be null"));
  }

  @Test
  void aGlueVersionAndAMaintenanceWindowFollowTheirPatterns() throws Exception {
    assertThat(
            refusal(
                "CreateJob",
                "{" + JOB + ",\"GlueVersion\":\"4\",\"MaintenanceWindow\":\"Sun:24\"}"))
        .isEqualTo(
            "2 validation errors detected: Value '4' at 'glueVersion' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: ^(\\w+\\.)+\\w+$;"
                + " Value 'Sun:24' at 'maintenanceWindow' failed to satisfy constraint: Member"
                + " must satisfy regular expression pattern:"
                + " ^(Sun|Mon|Tue|Wed|Thu|Fri|Sat):([01]?[0-9]|2[0-3])$");
  }

  @Test
  void moreThan50TagsAreRefused() throws Exception {
    var tags =
        IntStream.range(0, 51)
            .mapToObj(i -> "\"k" + i + "\":\"v\"")
            .collect(Collectors.joining(",", "{", "}"));

    assertThat(refusal("CreateJob", "{" + JOB + ",\"Tags\":" + tags + "}"))
        .startsWith("1 validation error detected: Value '{k0=v, k1=v, ")
        .endsWith(
            "k50=v}' at 'tags' failed to satisfy constraint: Member must have length less than"
                + " or equal to 50");
  }

  @Test
  void anEmptyTagKeyBreaksTheMapsKeyConstraints() throws Exception {
    assertThat(refusal("CreateJob", "{" + JOB + ",\"Tags\":{\"\":\"v\"}}"))
        .isEqualTo(
            one(
                "Value '{=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy"
                    + " constraint: [Member must have length less than or equal to 128, Member"
                    + " must have length greater than or equal to 1]"));
  }

  @Test
  void aNullArgumentValueIsRefused() throws Exception {
    assertThat(refusal("CreateJob", "{" + JOB + ",\"DefaultArguments\":{\"--a\":null}}"))
        .isEqualTo(
            one(
                "Value '{--a=null}' at 'defaultArguments' failed to satisfy constraint: Map value"
                    + " must satisfy constraint: [Member must not be null]"));
  }

  @Test
  void codeGenNodeIdsAreCheckedWithoutShowingTheSensitiveNodes() throws Exception {
    assertThat(refusal("CreateJob", "{" + JOB + ",\"CodeGenConfigurationNodes\":{\"a b\":{}}}"))
        .isEqualTo(
            one(
                "Value at 'codeGenConfigurationNodes' failed to satisfy constraint: Map keys must"
                    + " satisfy constraint: [Member must satisfy regular expression pattern:"
                    + " [A-Za-z0-9_-]*]"));
  }

  @Test
  void aConnectionNameLongerThan255IsAProblemOfTheList() throws Exception {
    var name = "c".repeat(256);

    assertThat(
            refusal(
                "CreateJob",
                "{" + JOB + ",\"Connections\":{\"Connections\":[\"ok\",\"" + name + "\"]}}"))
        .isEqualTo(
            one(
                "Value '[ok, "
                    + name
                    + "]' at 'connections.connections' failed to satisfy constraint: Member must"
                    + " satisfy constraint: [Member must have length less than or equal to"
                    + " 255]"));
  }

  @Test
  void sourceControlDetailsAreCheckedMemberByMember() throws Exception {
    assertThat(
            refusal(
                "CreateJob",
                "{" + JOB + ",\"SourceControlDetails\":{\"Provider\":\"SVN\",\"Branch\":\"\"}}"))
        .isEqualTo(
            "2 validation errors detected: Value 'SVN' at 'sourceControlDetails.provider'"
                + " failed to satisfy constraint: Member must satisfy enum value set: [GITHUB,"
                + " GITLAB, BITBUCKET, AWS_CODE_COMMIT]; Value '' at"
                + " 'sourceControlDetails.branch' failed to satisfy constraint: Member must have"
                + " length greater than or equal to 1");
  }

  @Test
  void getJobRunsTakesOneTo200Results() throws Exception {
    assertThat(refusal("GetJobRuns", "{\"JobName\":\"etl\",\"MaxResults\":201}"))
        .isEqualTo(
            one(
                "Value '201' at 'maxResults' failed to satisfy constraint: Member must have value"
                    + " less than or equal to 200"));
    assertThat(refusal("GetJobRuns", "{\"JobName\":\"etl\",\"MaxResults\":0}"))
        .isEqualTo(
            one(
                "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value"
                    + " greater than or equal to 1"));
  }

  @Test
  void getJobsAndListJobsTakeOneTo1000Results() throws Exception {
    var tooMany =
        one(
            "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value"
                + " less than or equal to 1000");

    assertThat(refusal("GetJobs", "{\"MaxResults\":1001}")).isEqualTo(tooMany);
    assertThat(refusal("ListJobs", "{\"MaxResults\":1001}")).isEqualTo(tooMany);
    assertThat(call("GetJobs", "{\"MaxResults\":1000}").status()).isEqualTo(200);
  }

  @Test
  void batchStopJobRunTakesOneTo25RunIds() throws Exception {
    var ids =
        IntStream.range(0, 26)
            .mapToObj(i -> "\"jr_" + i + "\"")
            .collect(Collectors.joining(",", "[", "]"));

    assertThat(refusal("BatchStopJobRun", "{\"JobName\":\"etl\",\"JobRunIds\":" + ids + "}"))
        .startsWith("1 validation error detected: Value '[jr_0, jr_1, ")
        .endsWith(
            "jr_25]' at 'jobRunIds' failed to satisfy constraint: Member must have length less"
                + " than or equal to 25");
    assertThat(refusal("BatchStopJobRun", "{\"JobName\":\"etl\",\"JobRunIds\":[]}"))
        .isEqualTo(
            one(
                "Value '[]' at 'jobRunIds' failed to satisfy constraint: Member must have length"
                    + " greater than or equal to 1"));
  }

  @Test
  void batchGetJobsChecksEachNameAgainstNameString() throws Exception {
    assertThat(refusal("BatchGetJobs", "{\"JobNames\":[\"a\",\"\"]}"))
        .isEqualTo(
            one(
                "Value '[a, ]' at 'jobNames' failed to satisfy constraint: Member must satisfy"
                    + " constraint: [Member must have length less than or equal to 255, Member"
                    + " must have length greater than or equal to 1, Member must satisfy regular"
                    + " expression pattern: "
                    + SINGLE_LINE
                    + "]"));
    assertThat(refusal("BatchGetJobs", "{}"))
        .isEqualTo(
            one("Value null at 'jobNames' failed to satisfy constraint: Member must not be null"));
  }

  @Test
  void getJobRunNeedsTheJobNameAndTheRunId() throws Exception {
    assertThat(refusal("GetJobRun", "{}"))
        .isEqualTo(
            "2 validation errors detected: Value null at 'jobName' failed to satisfy"
                + " constraint: Member must not be null; Value null at 'runId' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void startJobRunChecksItsOwnMembers() throws Exception {
    assertThat(
            refusal(
                "StartJobRun",
                "{\"JobName\":\"etl\",\"Timeout\":0,\"WorkerType\":\"big\","
                    + "\"ExecutionRoleSessionPolicy\":\"x\"}"))
        .isEqualTo(
            "3 validation errors detected: Value '0' at 'timeout' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 1; Value 'big' at"
                + " 'workerType' failed to satisfy constraint: Member must satisfy enum value set:"
                + " [Standard, G.1X, G.2X, G.025X, G.4X, G.8X, Z.2X]; Value 'x' at"
                + " 'executionRoleSessionPolicy' failed to satisfy constraint: Member must have"
                + " length greater than or equal to 2");
  }
}
