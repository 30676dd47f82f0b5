package dev.sluice.it.pipelines.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.it.support.CliDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * An on-demand pipeline with one EmrActivity ({@value #ACTIVITY}) on an EmrCluster, its steps
 * written as Data Pipeline's {@code step} field wants them (jar, then arguments, comma-separated; a
 * comma inside an argument escaped), in the CLI's file format.
 */
final class StepPipeline {
  static final String ACTIVITY = "Step";
  static final String STREAMING_JAR = "/home/hadoop/contrib/streaming/hadoop-streaming.jar";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode activity = JSON.createObjectNode();
  private final List<ObjectNode> others = new ArrayList<>();

  private StepPipeline() {
    activity.put("id", ACTIVITY).put("type", "EmrActivity").put("maximumRetries", "0");
    activity.putObject("runsOn").put("ref", "Cluster");
    activity.putArray("step");
  }

  /** A pipeline whose activity runs these steps in order (each from {@link #streaming}...). */
  static StepPipeline of(String... steps) {
    var pipeline = new StepPipeline();
    for (var step : steps) {
      pipeline.activity.withArray("step").add(step);
    }
    return pipeline;
  }

  /** A Hadoop streaming step with these arguments. */
  static String streaming(String... args) {
    return step(STREAMING_JAR, args);
  }

  /** A step running {@code jar} with these arguments. */
  static String step(String jar, String... args) {
    var step = new StringBuilder(jar);
    for (var arg : args) {
      step.append(',').append(arg.replace(",", "\\,"));
    }
    return step.toString();
  }

  /** Sets a field of the activity. */
  StepPipeline with(String key, String value) {
    activity.put(key, value);
    return this;
  }

  /** {@code onSuccess} or {@code onFail}: an SnsAlarm publishing to {@code topicArn}. */
  StepPipeline alarm(String on, String topicArn, String subject, String message) {
    var id = on + "Alarm";
    activity.putObject(on).put("ref", id);
    var alarm = JSON.createObjectNode().put("id", id).put("type", "SnsAlarm");
    alarm.put("topicArn", topicArn).put("role", "DataPipelineDefaultRole");
    others.add(alarm.put("subject", subject).put("message", message));
    return this;
  }

  CliDefinition definition() {
    var root = JSON.createObjectNode();
    var objects = root.putArray("objects");
    objects
        .addObject()
        .put("id", "Default")
        .put("type", "Default")
        .put("scheduleType", "ondemand")
        .put("role", "DataPipelineDefaultRole")
        .put("resourceRole", "DataPipelineDefaultResourceRole");
    objects
        .addObject()
        .put("id", "Cluster")
        .put("type", "EmrCluster")
        .put("releaseLabel", "emr-5.36.0");
    objects.add(activity);
    others.forEach(objects::add);
    return CliDefinition.parse(root.toString());
  }
}
