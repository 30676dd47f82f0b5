package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** References point to existing objects of a type the field accepts. */
class ReferenceValidationTest {

  private static String activity(String type, String extra) {
    return """
        {"id": "Work", "type": "%s", "workerGroup": "wg", %s}"""
        .formatted(type, extra);
  }

  @Test
  void reportsAReferenceToAnObjectThatDoesNotExist() {
    var json =
        onDemand(
            activity(
                "ShellCommandActivity",
                "\"command\": \"echo\", \"onFail\": {\"ref\": \"Nobody\"}"));

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'onFail' refers to object 'Nobody', which does not exist.");
  }

  @Test
  void reportsAUserDefinedReferenceToAnObjectThatDoesNotExist() {
    var json =
        onDemand(
            activity(
                "ShellCommandActivity", "\"command\": \"echo\", \"myNode\": {\"ref\": \"Gone\"}"));

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'myNode' refers to object 'Gone', which does not exist.");
  }

  @Test
  void reportsRunsOnPointingToAnAction() {
    var json =
        onDemand(
            """
            {"id": "Stop", "type": "Terminate"},
            {"id": "Work", "type": "ShellCommandActivity", "command": "echo",
             "runsOn": {"ref": "Stop"}}""");

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'runsOn' must refer to an object of type Ec2Resource or"
                + " EmrCluster, but 'Stop' is of type 'Terminate'.");
  }

  @Test
  void reportsAnEmrActivityRunningOnAnEc2Resource() {
    var json =
        onDemand(
            activity("EmrActivity", "\"step\": \"s3://b/x.jar\", \"runsOn\": {\"ref\": \"Ec2\"}"));

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'runsOn' must refer to an object of type EmrCluster, but 'Ec2' is"
                + " of type 'Ec2Resource'.");
  }

  @Test
  void acceptsTerminateAndSnsAlarmAsActions() {
    var json =
        onDemand(
            """
            {"id": "Stop", "type": "Terminate"},
            {"id": "Tell", "type": "SnsAlarm", "subject": "s", "message": "m",
             "topicArn": "arn:aws:sns:us-east-1:000000000000:t"},
            {"id": "Work", "type": "ShellCommandActivity", "command": "echo",
             "runsOn": {"ref": "Ec2"}, "lateAfterTimeout": "1 hour",
             "onLateAction": {"ref": "Stop"}, "onFail": [{"ref": "Tell"}, {"ref": "Stop"}]}""");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void reportsAnInputThatIsNotADataNode() {
    var json = onDemand(activity("CopyActivity", "\"input\": {\"ref\": \"Ec2\"}"));

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'input' must refer to an object of type S3DataNode, but 'Ec2' is"
                + " of type 'Ec2Resource'.");
  }

  @Test
  void reportsABadReferenceOnDefaultOnceWhereItIsSet() {
    var json =
        onDemand(
                """
            {"id": "Stop", "type": "Terminate"},
            {"id": "Work", "type": "ShellCommandActivity", "command": "echo",
             "runsOn": {"ref": "Ec2"}}""")
            .replace(
                "\"scheduleType\": \"ondemand\",",
                "\"scheduleType\": \"ondemand\", \"onFail\": {\"ref\": \"Ec2\"},");

    var report = Reports.check(json);

    assertThat(Reports.messages(report.errors(), "Default"))
        .containsExactly(
            "INVALID_REFERENCE:  'onFail' must refer to an object of type SnsAlarm or Terminate,"
                + " but 'Ec2' is of type 'Ec2Resource'.");
    assertThat(Reports.messages(report.errors(), "Work")).isEmpty();
  }

  @Test
  void reportsAnInheritedReferenceTheInheritingTypeDoesNotAccept() {
    var json =
        onDemand(
            """
            {"id": "Common", "runsOn": {"ref": "Ec2"}},
            {"id": "Work", "type": "EmrActivity", "parent": {"ref": "Common"},
             "step": "s3://b/x.jar"}""");

    assertThat(errors(json, "Common")).isEmpty();
    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'runsOn' must refer to an object of type EmrCluster, but 'Ec2' is"
                + " of type 'Ec2Resource'.");
  }

  @Test
  void reportsAParentThatDoesNotExist() {
    var json =
        onDemand(
            activity(
                "ShellCommandActivity", "\"command\": \"echo\", \"parent\": {\"ref\": \"Base\"}"));

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'parent' refers to object 'Base', which does not exist.");
  }

  @Test
  void reportsARunsOnPointingToAnObjectWithoutAType() {
    var json =
        onDemand(
            """
            {"id": "Base", "instanceType": "m1.small"},
            {"id": "Other", "type": "Ec2Resource", "parent": {"ref": "Base"}},
            {"id": "Work", "type": "ShellCommandActivity", "command": "echo",
             "runsOn": {"ref": "Base"}}""");

    assertThat(errors(json, "Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'runsOn' must refer to an object of type Ec2Resource or"
                + " EmrCluster, but 'Base' has no type.");
  }
}
