package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values of typed fields: Integer, Boolean, Period, DateTime and enumerations. */
class FieldValueFormatTest {

  private static String shell(String extra) {
    return onDemand(
        """
        {"id": "Hello", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"},
         "command": "echo hello", %s}"""
            .formatted(extra));
  }

  private static String cronSchedule(String fields) {
    return """
        {"objects": [
          {"id": "Default", "scheduleType": "cron", "schedule": {"ref": "Every"}},
          {"id": "Every", "type": "Schedule", %s}
        ]}"""
        .formatted(fields);
  }

  @Test
  void reportsAStartDateTimeThatIsNotADateTimeInTheWordsAwsDocuments() {
    var json = cronSchedule("\"period\": \"1 hour\", \"startDateTime\": \"bad-time\"");

    assertThat(errors(json, "Every"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'startDateTime' value must be a literal datetime value.");
  }

  @Test
  void reportsADateTimeWithAnImpossibleMonth() {
    var json = cronSchedule("\"period\": \"1 hour\", \"startDateTime\": \"2026-13-01T00:00:00\"");

    assertThat(errors(json, "Every")).hasSize(1);
  }

  @Test
  void reportsADateTimeComputedByAnExpression() {
    var json =
        cronSchedule(
            "\"period\": \"1 hour\", \"startDateTime\": \"#{format(@actualStartTime,'YYYY')}\"");

    assertThat(errors(json, "Every"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'startDateTime' value must be a literal datetime value.");
  }

  @Test
  void acceptsPeriodsInAnyCaseSingularOrPlural() {
    for (var period :
        new String[] {
          "15 minutes", "1 Hours", "1 hour", "2 Days", "1 week", "3 months", "1 year"
        }) {
      var json =
          cronSchedule(
              "\"period\": \"%s\", \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"".formatted(period));
      assertThat(errors(json, "Every")).as(period).isEmpty();
    }
  }

  @Test
  void reportsAPeriodWithoutAUnit() {
    var json = cronSchedule("\"period\": \"15\", \"startAt\": \"FIRST_ACTIVATION_DATE_TIME\"");

    assertThat(errors(json, "Every"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'period' value must be a period value such as '15 minutes'.");
  }

  @Test
  void reportsAnIntegerFieldThatIsNotANumber() {
    assertThat(errors(shell("\"maximumRetries\": \"three\""), "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'maximumRetries' value must be a non-negative integer value.");
  }

  @Test
  void reportsABooleanFieldThatIsNeitherTrueNorFalse() {
    assertThat(errors(shell("\"stage\": \"yes\""), "Hello"))
        .containsExactly("INVALID_FIELD_VALUE:  'stage' value must be true or false.");
  }

  @Test
  void reportsAnEnumerationValueNotDocumented() {
    assertThat(errors(shell("\"failureAndRerunMode\": \"retry\""), "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'failureAndRerunMode' value must be one of: cascade, none.");
  }

  @Test
  void acceptsEnumerationValuesInAnyCase() {
    assertThat(errors(shell("\"failureAndRerunMode\": \"CASCADE\", \"stage\": \"TRUE\""), "Hello"))
        .isEmpty();
  }

  @Test
  void reportsAScheduleTypeNotDocumentedOnDefault() {
    var json = onDemand("").replace("\"ondemand\"", "\"daily\"");

    assertThat(errors(json, "Default"))
        .contains(
            "INVALID_FIELD_VALUE:  'scheduleType' value must be one of: cron, ondemand, timeseries.");
  }

  @Test
  void acceptsTerminateAfterAsAPeriodOrANumberOfHours() {
    var json =
        onDemand("{\"id\": \"Other\", \"type\": \"Ec2Resource\", \"terminateAfter\": \"2\"}");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void checksATypedValueWithTheParameterValueItUses() {
    var json =
        shell("\"maximumRetries\": \"#{myRetries}\"")
            .replace(
                "]}",
                "], \"parameters\": [{\"id\": \"myRetries\", \"type\": \"String\", \"default\":"
                    + " \"many\"}]}");

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'maximumRetries' value must be a non-negative integer value.");
  }

  @Test
  void leavesATypedValueWhoseParameterHasNoValueYetToActivation() {
    var json =
        shell("\"maximumRetries\": \"#{myRetries}\"")
            .replace("]}", "], \"parameters\": [{\"id\": \"myRetries\", \"type\": \"Integer\"}]}");

    assertThat(errors(json, "Hello")).isEmpty();
  }
}
