package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static dev.sluice.core.pipelines.definition.Reports.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Required fields and groups, given on the object or inherited. */
class RequiredFieldsTest {

  @Test
  void reportsAnSnsAlarmWithoutATopic() {
    var json =
        onDemand(
            "{\"id\": \"Tell\", \"type\": \"SnsAlarm\", \"subject\": \"s\", \"message\": \"m\"}");

    assertThat(errors(json, "Tell"))
        .containsExactly("MISSING_REQUIRED_FIELD:  'topicArn' is required.");
  }

  @Test
  void takesARequiredRoleFromDefault() {
    var json =
        onDemand(
            "{\"id\": \"Tell\", \"type\": \"SnsAlarm\", \"subject\": \"s\", \"message\": \"m\","
                + " \"topicArn\": \"arn:aws:sns:us-east-1:000000000000:t\"}");

    assertThat(errors(json, "Tell")).isEmpty();
  }

  @Test
  void reportsAnEc2ResourceWithoutRoles() {
    var json =
        """
        {"objects": [
          {"id": "Default", "scheduleType": "ondemand"},
          {"id": "Ec2", "type": "Ec2Resource"}
        ]}""";

    assertThat(errors(json, "Ec2"))
        .containsExactly(
            "MISSING_REQUIRED_FIELD:  'resourceRole' is required.",
            "MISSING_REQUIRED_FIELD:  'role' is required.");
  }

  @Test
  void reportsAnActivityWithNeitherRunsOnNorWorkerGroup() {
    var json =
        onDemand("{\"id\": \"Hello\", \"type\": \"ShellCommandActivity\", \"command\": \"echo\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly("MISSING_REQUIRED_FIELD:  one of 'runsOn' or 'workerGroup' is required.");
  }

  @Test
  void takesTheWorkerGroupFromDefault() {
    var json =
        """
        {"objects": [
          {"id": "Default", "scheduleType": "ondemand", "workerGroup": "myWorkers"},
          {"id": "Hello", "type": "ShellCommandActivity", "command": "echo"}
        ]}""";

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void warnsThatWorkerGroupIsIgnoredNextToRunsOn() {
    var json =
        onDemand(
            "{\"id\": \"Hello\", \"type\": \"ShellCommandActivity\", \"command\": \"echo\","
                + " \"runsOn\": {\"ref\": \"Ec2\"}, \"workerGroup\": \"wg\"}");

    assertThat(errors(json, "Hello")).isEmpty();
    assertThat(warnings(json, "Hello"))
        .containsExactly("'workerGroup' is ignored because 'runsOn' is set.");
  }

  @Test
  void reportsAShellCommandWithBothCommandAndScriptUri() {
    var json =
        onDemand(
            "{\"id\": \"Hello\", \"type\": \"ShellCommandActivity\", \"runsOn\": {\"ref\": \"Ec2\"},"
                + " \"command\": \"echo\", \"scriptUri\": \"s3://b/run.sh\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly("INVALID_FIELD_VALUE:  only one of 'command' or 'scriptUri' may be set.");
  }

  @Test
  void reportsAShellCommandWithNeitherCommandNorScriptUri() {
    var json =
        onDemand(
            "{\"id\": \"Hello\", \"type\": \"ShellCommandActivity\", \"runsOn\": {\"ref\": \"Ec2\"}}");

    assertThat(errors(json, "Hello"))
        .containsExactly("MISSING_REQUIRED_FIELD:  one of 'command' or 'scriptUri' is required.");
  }

  @Test
  void reportsScriptArgumentsWithAScriptUri() {
    var json =
        onDemand(
            "{\"id\": \"Hello\", \"type\": \"ShellCommandActivity\", \"runsOn\": {\"ref\": \"Ec2\"},"
                + " \"scriptUri\": \"s3://b/run.sh\", \"scriptArgument\": \"a\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  only one of 'scriptUri' or 'scriptArgument' may be set.");
  }

  @Test
  void reportsAnS3DataNodeWithoutAPath() {
    var json = onDemand("{\"id\": \"In\", \"type\": \"S3DataNode\"}");

    assertThat(errors(json, "In"))
        .containsExactly(
            "MISSING_REQUIRED_FIELD:  one of 'filePath' or 'directoryPath' is required.");
  }

  @Test
  void reportsAHadoopActivityWithoutAJar() {
    var json = onDemand("{\"id\": \"Job\", \"type\": \"HadoopActivity\", \"workerGroup\": \"wg\"}");

    assertThat(errors(json, "Job"))
        .containsExactly("MISSING_REQUIRED_FIELD:  'jarUri' is required.");
  }

  @Test
  void reportsAScheduleWithBothStartAtAndStartDateTime() {
    var json =
        """
        {"objects": [
          {"id": "Default", "scheduleType": "cron"},
          {"id": "Every", "type": "Schedule", "period": "1 day",
           "startAt": "FIRST_ACTIVATION_DATE_TIME", "startDateTime": "2026-11-20T00:00:00"}
        ]}""";

    assertThat(errors(json, "Every"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  only one of 'startAt' or 'startDateTime' may be set.");
  }

  @Test
  void reportsAScheduleWithOccurrencesAndAnEnd() {
    var json =
        """
        {"objects": [
          {"id": "Default", "scheduleType": "cron"},
          {"id": "Every", "type": "Schedule", "period": "1 day",
           "startDateTime": "2026-11-20T00:00:00", "endDateTime": "2026-11-30T00:00:00",
           "occurrences": "3"}
        ]}""";

    assertThat(errors(json, "Every"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  only one of 'occurrences' or 'endDateTime' may be set.");
  }

  @Test
  void reportsAScheduleWithoutAPeriodOrAStart() {
    var json =
        """
        {"objects": [
          {"id": "Default", "scheduleType": "cron"},
          {"id": "Every", "type": "Schedule"}
        ]}""";

    assertThat(errors(json, "Every"))
        .containsExactly(
            "MISSING_REQUIRED_FIELD:  'period' is required.",
            "MISSING_REQUIRED_FIELD:  one of 'startAt' or 'startDateTime' is required.");
  }

  @Test
  void reportsAnOnLateActionWithoutALateAfterTimeout() {
    var json =
        onDemand(
            """
            {"id": "Stop", "type": "Terminate"},
            {"id": "Hello", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"},
             "command": "echo", "onLateAction": {"ref": "Stop"}}""");

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "MISSING_REQUIRED_FIELD:  'lateAfterTimeout' is required when 'onLateAction' is set.");
  }
}
