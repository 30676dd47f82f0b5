package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console template "Run job on an Elastic MapReduce cluster", as scenario 1 uses it. */
class ScenarioOneTest {

  static final String STEP =
      "/home/hadoop/contrib/streaming/hadoop-streaming.jar,-input,"
          + "s3n://elasticmapreduce/samples/wordcount/input,-output,"
          + "s3://example-bucket/wordcount/output/#{@scheduledStartTime},-mapper,"
          + "s3n://elasticmapreduce/samples/wordcount/wordSplitter.py,-reducer,aggregate";

  static final String DEFINITION =
      """
      {"objects": [
        {"id": "Default", "name": "Default", "type": "Default", "scheduleType": "ondemand",
         "failureAndRerunMode": "CASCADE", "role": "DataPipelineDefaultRole",
         "resourceRole": "DataPipelineDefaultResourceRole",
         "pipelineLogUri": "s3://example-bucket/logs/"},
        {"id": "EmrClusterObj", "name": "EmrClusterObj", "type": "EmrCluster",
         "coreInstanceType": "m1.medium", "coreInstanceCount": "1",
         "masterInstanceType": "m1.medium", "amiVersion": "3.9.0", "terminateAfter": "1 Hours"},
        {"id": "EmrActivityObj", "name": "EmrActivityObj", "type": "EmrActivity",
         "runsOn": {"ref": "EmrClusterObj"}, "step": "%s",
         "onSuccess": {"ref": "DefaultAction1"}, "onFail": {"ref": "DefaultAction1"}},
        {"id": "DefaultAction1", "name": "DefaultAction1", "type": "SnsAlarm",
         "subject": "EMR job #{node.name} finished",
         "message": "Output is in s3://example-bucket/wordcount/output/",
         "topicArn": "arn:aws:sns:us-east-1:000000000000:wordcount",
         "role": "DataPipelineDefaultRole"}
      ]}"""
          .formatted(STEP);

  @Test
  void validatesWithoutErrorsOrWarnings() {
    assertThat(Reports.check(DEFINITION)).isEqualTo(ValidationReport.clean());
  }

  @Test
  void resolvesTheActivityWithWhatItInheritsFromDefault() {
    var pipeline = ResolvedPipeline.resolve(CliDefinitions.parse(DEFINITION), List.of()).value();

    var activity = pipeline.object("EmrActivityObj");
    assertThat(activity.type()).isEqualTo("EmrActivity");
    assertThat(activity.kind()).isEqualTo(ObjectKind.ACTIVITY);
    assertThat(activity.ref("runsOn")).contains("EmrClusterObj");
    assertThat(activity.texts("step")).containsExactly(STEP);
    assertThat(activity.text("scheduleType")).contains("ondemand");
    assertThat(activity.text("failureAndRerunMode")).contains("CASCADE");
    assertThat(activity.text("pipelineLogUri")).contains("s3://example-bucket/logs/");
    assertThat(activity.refs("onFail")).containsExactly("DefaultAction1");
  }

  @Test
  void keepsEachObjectsOwnTypeAndTheRolesItInherits() {
    var pipeline = ResolvedPipeline.resolve(CliDefinitions.parse(DEFINITION), List.of()).value();

    var cluster = pipeline.object("EmrClusterObj");
    assertThat(cluster.type()).isEqualTo("EmrCluster");
    assertThat(cluster.text("resourceRole")).contains("DataPipelineDefaultResourceRole");
    assertThat(cluster.text("terminateAfter")).contains("1 Hours");
    assertThat(pipeline.ofKind(ObjectKind.ACTION))
        .extracting(ResolvedObject::id)
        .containsExactly("DefaultAction1");
    assertThat(pipeline.object("Default").type()).isEqualTo("Default");
    assertThat(pipeline.parameters()).isEmpty();
  }

  @Test
  void acceptsIdsAndNamesWithSpaces() {
    var json =
        DEFINITION
            .replace("\"EmrClusterObj\"", "\"My EMR cluster\"")
            .replace("\"DefaultAction1\"", "\"Tell the team\"");

    assertThat(Reports.check(json)).isEqualTo(ValidationReport.clean());
    var pipeline = ResolvedPipeline.resolve(CliDefinitions.parse(json), List.of()).value();
    assertThat(pipeline.object("EmrActivityObj").ref("runsOn")).contains("My EMR cluster");
  }

  @Test
  void acceptsTheReleaseLabelFormOfTheCluster() {
    var json = DEFINITION.replace("\"amiVersion\": \"3.9.0\"", "\"releaseLabel\": \"emr-5.36.0\"");

    assertThat(Reports.check(json)).isEqualTo(ValidationReport.clean());
  }
}
