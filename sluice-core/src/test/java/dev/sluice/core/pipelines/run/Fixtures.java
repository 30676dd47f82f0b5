package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.alarm;
import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.text;

import dev.sluice.core.pipelines.PipelineObject;

/** Pipelines the tests share. */
final class Fixtures {
  static final String WORD_COUNT = "@WordCount_2026-11-20T22:15:00";
  static final String WORD_COUNT_1 = WORD_COUNT + "_Attempt=1";
  static final String CLUSTER = "@Cluster_2026-11-20T22:15:00";
  static final String INPUT = "@Input_2026-11-20T22:15:00";
  static final String OUTPUT = "@Output_2026-11-20T22:15:00";

  private Fixtures() {}

  /** An on-demand EmrActivity word count on an EmrCluster, with alarms for both outcomes. */
  static PipelineObject[] wordCount(PipelineObject... more) {
    var objects =
        new PipelineObject[] {
          onDemand(text("pipelineLogUri", "s3://logs/wordcount/")),
          object(
              "WordCount",
              "EmrActivity",
              ref("runsOn", "Cluster"),
              ref("input", "Input"),
              ref("output", "Output"),
              text(
                  "step",
                  "s3://bucket/hadoop-streaming.jar,-input,#{input.directoryPath},-output,"
                      + "#{output.directoryPath},-mapper,mapper.py,-reducer,aggregate"),
              text("preStepCommand", "echo starting #{@scheduledStartTime}"),
              text("postStepCommand", "echo done"),
              ref("onSuccess", "Succeeded"),
              ref("onFail", "Failed")),
          object(
              "Cluster",
              "EmrCluster",
              text("releaseLabel", "emr-6.9.0"),
              text("masterInstanceType", "m5.xlarge"),
              text("coreInstanceCount", "#{myCoreCount}"),
              text("terminateAfter", "2 Hours")),
          node("Input", "s3://bucket/input/"),
          node("Output", "s3://bucket/output/"),
          alarm("Succeeded", "WordCount done", "Run #{node.@scheduledStartTime} finished"),
          alarm(
              "Failed", "WordCount failed", "Run #{node.@scheduledStartTime}: #{node.errorMessage}")
        };
    var all = new PipelineObject[objects.length + more.length];
    System.arraycopy(objects, 0, all, 0, objects.length);
    System.arraycopy(more, 0, all, objects.length, more.length);
    return all;
  }
}
