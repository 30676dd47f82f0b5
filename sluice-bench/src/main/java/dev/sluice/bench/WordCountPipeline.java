package dev.sluice.bench;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * Scenario 1's word count as a pipeline definition: an on-demand Default, an EmrCluster and an
 * EmrActivity whose Hadoop streaming step maps with {@code wordSplitter.py} from S3 and reduces
 * with {@code aggregate}, writing under {@code <output>#{@scheduledStartTime}}. No retries, so that
 * a failed step fails the run at once.
 */
final class WordCountPipeline {
  private WordCountPipeline() {}

  static List<PipelineObject> definition(String input, String output, String mapper) {
    var step =
        String.join(
            ",",
            "/home/hadoop/contrib/streaming/hadoop-streaming.jar",
            "-input",
            input,
            "-output",
            output + "#{@scheduledStartTime}",
            "-mapper",
            mapper,
            "-reducer",
            "aggregate");
    return List.of(
        object(
            "Default",
            "Default",
            text("scheduleType", "ondemand"),
            text("failureAndRerunMode", "CASCADE"),
            text("role", "DataPipelineDefaultRole"),
            text("resourceRole", "DataPipelineDefaultResourceRole")),
        object(
            "EmrClusterObj",
            "EmrCluster",
            text("releaseLabel", "emr-5.36.0"),
            text("masterInstanceType", "m5.xlarge"),
            text("coreInstanceType", "m5.xlarge"),
            text("coreInstanceCount", "1"),
            text("terminateAfter", "2 Hours")),
        object(
            "EmrActivityObj",
            "EmrActivity",
            ref("runsOn", "EmrClusterObj"),
            text("step", step),
            text("maximumRetries", "0")));
  }

  private static PipelineObject object(String id, String type, Field... fields) {
    var all = new ArrayList<Field>(List.of(text("type", type)));
    all.addAll(List.of(fields));
    return PipelineObject.builder().id(id).name(id).fields(all).build();
  }

  private static Field text(String key, String value) {
    return Field.builder().key(key).stringValue(value).build();
  }

  private static Field ref(String key, String id) {
    return Field.builder().key(key).refValue(id).build();
  }
}
