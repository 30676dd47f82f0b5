package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** scheduleType and schedules: cron and timeseries need one, ondemand pipelines are ondemand. */
class ScheduleValidationTest {

  private static final String ROLES =
      "\"role\": \"DataPipelineDefaultRole\", \"resourceRole\": \"DataPipelineDefaultResourceRole\"";

  private static String pipeline(String defaultFields, String objects) {
    return """
        {"objects": [
          {"id": "Default", %s %s},
          {"id": "Daily", "type": "Schedule", "period": "1 day",
           "startAt": "FIRST_ACTIVATION_DATE_TIME"},
          {"id": "Ec2", "type": "Ec2Resource", "schedule": {"ref": "Daily"}},
          %s
        ]}"""
        .formatted(defaultFields, ROLES, objects);
  }

  private static final String HELLO =
      """
      {"id": "Hello", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"}, "command": "echo"}""";

  @Test
  void reportsACronActivityWithoutASchedule() {
    var json = pipeline("\"scheduleType\": \"cron\",", HELLO);

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "MISSING_REQUIRED_FIELD:  'schedule' is required when scheduleType is 'cron'.");
  }

  @Test
  void treatsAPipelineWithoutScheduleTypeAsTimeseries() {
    var json = pipeline("", HELLO);

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "MISSING_REQUIRED_FIELD:  'schedule' is required when scheduleType is 'timeseries'.");
  }

  @Test
  void takesTheScheduleFromDefault() {
    var json = pipeline("\"scheduleType\": \"CRON\", \"schedule\": {\"ref\": \"Daily\"},", HELLO);

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void reportsOndemandSetOnAnObjectOtherThanDefault() {
    var json =
        pipeline(
            "\"scheduleType\": \"cron\", \"schedule\": {\"ref\": \"Daily\"},",
            HELLO.replace("\"command\"", "\"scheduleType\": \"ondemand\", \"command\""));

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'scheduleType' ondemand must be set on the Default object.");
  }

  @Test
  void reportsAnotherScheduleTypeInAnOndemandPipeline() {
    var json =
        onDemand(
            HELLO.replace(
                    "\"command\"",
                    "\"scheduleType\": \"cron\", \"schedule\": {\"ref\": \"Daily\"}, \"command\"")
                + ",{\"id\": \"Daily\", \"type\": \"Schedule\", \"period\": \"1 day\", \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'scheduleType' must be ondemand: an ondemand pipeline has no other"
                + " scheduleType.");
  }

  @Test
  void reportsARecurringScheduleInAnOndemandPipeline() {
    var json =
        onDemand(
            HELLO.replace("\"command\"", "\"schedule\": {\"ref\": \"Daily\"}, \"command\"")
                + ",{\"id\": \"Daily\", \"type\": \"Schedule\", \"period\": \"1 day\", \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'schedule' must refer to an on-demand Schedule (period"
                + " ONDEMAND_PERIOD) when scheduleType is ondemand.");
  }

  @Test
  void acceptsTheOnDemandScheduleObjectInAnOndemandPipeline() {
    var json =
        onDemand(
            HELLO.replace("\"command\"", "\"schedule\": {\"ref\": \"Now\"}, \"command\"")
                + ",{\"id\": \"Now\", \"type\": \"Schedule\", \"period\": \"ONDEMAND_PERIOD\","
                + " \"startAt\": \"ONDEMAND_ACTIVATION_TIME\"}");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void reportsTheOnDemandPeriodInACronPipeline() {
    var json =
        pipeline(
            "\"scheduleType\": \"cron\", \"schedule\": {\"ref\": \"Daily\"},",
            "{\"id\": \"Now\", \"type\": \"Schedule\", \"period\": \"ONDEMAND_PERIOD\","
                + " \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"}");

    assertThat(errors(json, "Now"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'period' on-demand values are only valid when scheduleType is"
                + " ondemand.");
  }

  @Test
  void reportsAPeriodShorterThanFifteenMinutes() {
    var json =
        pipeline(
            "\"scheduleType\": \"cron\", \"schedule\": {\"ref\": \"Daily\"},",
            "{\"id\": \"Often\", \"type\": \"Schedule\", \"period\": \"10 minutes\","
                + " \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"}");

    assertThat(errors(json, "Often"))
        .containsExactly("INVALID_FIELD_VALUE:  'period' value must be at least 15 minutes.");
  }

  @Test
  void reportsAPeriodLongerThanThreeYears() {
    var json =
        pipeline(
            "\"scheduleType\": \"cron\", \"schedule\": {\"ref\": \"Daily\"},",
            "{\"id\": \"Rarely\", \"type\": \"Schedule\", \"period\": \"37 months\","
                + " \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"}");

    assertThat(errors(json, "Rarely"))
        .containsExactly("INVALID_FIELD_VALUE:  'period' value must be at most 3 years.");
  }

  @Test
  void reportsAScheduleThatEndsBeforeItStarts() {
    var json =
        pipeline(
            "\"scheduleType\": \"cron\", \"schedule\": {\"ref\": \"Daily\"},",
            "{\"id\": \"Backwards\", \"type\": \"Schedule\", \"period\": \"1 hour\","
                + " \"startDateTime\": \"2026-11-20T00:00:00\", \"endDateTime\":"
                + " \"2026-11-19T00:00:00\"}");

    assertThat(errors(json, "Backwards"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'endDateTime' value must be later than 'startDateTime'.");
  }

  @Test
  void doesNotAskActionsOrPreconditionsForASchedule() {
    var json =
        pipeline(
            "\"scheduleType\": \"cron\",",
            """
            {"id": "Tell", "type": "SnsAlarm", "subject": "s", "message": "m",
             "topicArn": "arn:aws:sns:us-east-1:000000000000:t"},
            {"id": "Ready", "type": "S3KeyExists", "s3Key": "s3://b/ready"}""");

    assertThat(errors(json, "Tell")).isEmpty();
    assertThat(errors(json, "Ready")).isEmpty();
  }
}
