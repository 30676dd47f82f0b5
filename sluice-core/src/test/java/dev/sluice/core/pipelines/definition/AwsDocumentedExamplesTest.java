package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definitions of AWS's API reference and developer guide, with the answers they document. */
class AwsDocumentedExamplesTest {

  private static PipelineDefinition apiExample(String workerGroup, String startDateTime) {
    return new PipelineDefinition(
        List.of(
            new PipelineObject(
                "Default", "Default", List.of(Field.text("workerGroup", workerGroup))),
            new PipelineObject(
                "Schedule",
                "Schedule",
                List.of(
                    Field.text("startDateTime", startDateTime),
                    Field.text("type", "Schedule"),
                    Field.text("period", "1 hour"),
                    Field.text("endDateTime", "2012-12-21T18:00:00"))),
            new PipelineObject(
                "SayHello",
                "SayHello",
                List.of(
                    Field.text("type", "ShellCommandActivity"),
                    Field.text("command", "echo hello"),
                    Field.ref("parent", "Default"),
                    Field.ref("schedule", "Schedule")))),
        List.of(),
        List.of());
  }

  @Test
  void acceptsThePutPipelineDefinitionExample() {
    assertThat(Reports.check(apiExample("workerGroup", "2012-12-12T00:00:00")))
        .isEqualTo(ValidationReport.clean());
  }

  @Test
  void refusesThePutPipelineDefinitionExampleWithAnEmptyWorkerGroup() {
    var failure = Reports.refusal(apiExample("", "2012-12-12T00:00:00"));

    assertThat(failure.message())
        .startsWith(
            "Pipeline definition has errors: Could not save the pipeline definition due to FATAL"
                + " errors: [")
        .endsWith("] Please call Validate to validate your pipeline");
  }

  @Test
  void reportsTheValidatePipelineDefinitionExampleError() {
    var report = Reports.check(apiExample("MyworkerGroup", "bad-time"));

    assertThat(report.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("Schedule");
              assertThat(e.messages())
                  .containsExactly(
                      "INVALID_FIELD_VALUE:  'startDateTime' value must be a literal datetime value.");
            });
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void acceptsTheDeveloperGuidesParametrizedTemplate() {
    var json =
        """
        {"objects": [
          {"id": "ShellCommandActivityObj", "input": {"ref": "S3InputLocation"},
           "name": "ShellCommandActivityObj", "runsOn": {"ref": "EC2ResourceObj"},
           "command": "#{myShellCmd}", "output": {"ref": "S3OutputLocation"},
           "type": "ShellCommandActivity", "stage": "true"},
          {"id": "Default", "scheduleType": "CRON", "failureAndRerunMode": "CASCADE",
           "schedule": {"ref": "Schedule_15mins"}, "name": "Default",
           "role": "DataPipelineDefaultRole", "resourceRole": "DataPipelineDefaultResourceRole"},
          {"id": "S3InputLocation", "name": "S3InputLocation",
           "directoryPath": "#{myS3InputLoc}", "type": "S3DataNode"},
          {"id": "S3OutputLocation", "name": "S3OutputLocation",
           "directoryPath": "#{myS3OutputLoc}/#{format(@scheduledStartTime, 'YYYY-MM-dd-HH-mm-ss')}",
           "type": "S3DataNode"},
          {"id": "Schedule_15mins", "occurrences": "4", "name": "Every 15 minutes",
           "startAt": "FIRST_ACTIVATION_DATE_TIME", "type": "Schedule", "period": "15 Minutes"},
          {"terminateAfter": "20 Minutes", "id": "EC2ResourceObj", "name": "EC2ResourceObj",
           "instanceType": "t1.micro", "type": "Ec2Resource"}
         ],
         "parameters": [
          {"id": "myShellCmd", "description": "Shell command to run", "type": "String",
           "default": "grep -rc \\"GET\\" ${INPUT1_STAGING_DIR}/* > ${OUTPUT1_STAGING_DIR}/output.txt"},
          {"id": "myS3InputLoc", "description": "S3 input location", "type": "AWS::S3::ObjectKey",
           "default": "s3://us-east-1.elasticmapreduce.samples/pig-apache-logs/data"},
          {"id": "myS3OutputLoc", "description": "S3 output location",
           "type": "AWS::S3::ObjectKey"}
         ],
         "values": {"myS3OutputLoc": "s3://example-bucket/output"}
        }""";

    assertThat(Reports.check(json)).isEqualTo(ValidationReport.clean());
  }

  @Test
  void acceptsTheScheduleReferencesScheduleFromAParentExample() {
    var json =
        """
        {"objects": [
          {"id": "Default", "failureAndRerunMode": "cascade",
           "resourceRole": "DataPipelineDefaultResourceRole", "role": "DataPipelineDefaultRole",
           "pipelineLogUri": "s3://myLogsbucket", "scheduleType": "cron"},
          {"id": "parent1", "schedule": {"ref": "DefaultSchedule"}},
          {"type": "Schedule", "id": "DefaultSchedule", "occurrences": "1", "period": "1 Day",
           "startAt": "FIRST_ACTIVATION_DATE_TIME"},
          {"id": "A_Fresh_NewEC2Instance", "type": "Ec2Resource", "terminateAfter": "1 Hour"},
          {"id": "ShellCommandActivity_HelloWorld", "runsOn": {"ref": "A_Fresh_NewEC2Instance"},
           "parent": {"ref": "parent1"}, "type": "ShellCommandActivity",
           "command": "echo 'Hello World!'"}
        ]}""";

    assertThat(Reports.check(json)).isEqualTo(ValidationReport.clean());
  }
}
