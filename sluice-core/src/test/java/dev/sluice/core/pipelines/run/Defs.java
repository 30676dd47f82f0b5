package dev.sluice.core.pipelines.run;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import java.util.ArrayList;
import java.util.List;

/** Short ways to write pipeline definitions in tests. */
final class Defs {
  static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:pipeline-alerts";

  private Defs() {}

  static Field text(String key, String value) {
    return Field.text(key, value);
  }

  static Field ref(String key, String id) {
    return Field.ref(key, id);
  }

  static PipelineObject object(String id, String type, Field... fields) {
    var all = new ArrayList<Field>();
    all.add(Field.text("type", type));
    all.addAll(List.of(fields));
    return new PipelineObject(id, id, all);
  }

  /** The Default object, with the roles Data Pipeline requires of resources and preconditions. */
  static PipelineObject defaults(Field... fields) {
    var all = new ArrayList<>(List.of(fields));
    all.add(text("role", "DataPipelineDefaultRole"));
    all.add(text("resourceRole", "DataPipelineDefaultResourceRole"));
    return new PipelineObject("Default", "Default", all);
  }

  static PipelineObject onDemand(Field... more) {
    var all = new ArrayList<Field>();
    all.add(text("scheduleType", "ondemand"));
    all.addAll(List.of(more));
    return defaults(all.toArray(Field[]::new));
  }

  static PipelineDefinition definition(PipelineObject... objects) {
    return new PipelineDefinition(List.of(objects), List.of(), List.of());
  }

  /**
   * A ShellCommandActivity; unless it names a {@code workerGroup} or a {@code runsOn} it runs on
   * the Ec2Resource {@code Box} (which {@link RunHarness#create} adds), as Data Pipeline wants one
   * of them.
   */
  static PipelineObject shell(String id, String command, Field... more) {
    var all = new ArrayList<Field>();
    all.add(text("command", command));
    all.addAll(List.of(more));
    boolean placed =
        all.stream().anyMatch(f -> f.key().equals("workerGroup") || f.key().equals("runsOn"));
    if (!placed) {
      all.add(ref("runsOn", "Box"));
    }
    return object(id, "ShellCommandActivity", all.toArray(Field[]::new));
  }

  static PipelineObject alarm(String id, String subject, String message) {
    return object(
        id,
        "SnsAlarm",
        text("topicArn", TOPIC),
        text("subject", subject),
        text("message", message),
        text("role", "DataPipelineDefaultRole"));
  }

  static PipelineObject node(String id, String directory, Field... more) {
    var all = new ArrayList<Field>();
    all.add(text("directoryPath", directory));
    all.addAll(List.of(more));
    return object(id, "S3DataNode", all.toArray(Field[]::new));
  }

  static PipelineObject ec2(String id) {
    return object(id, "Ec2Resource", text("instanceType", "t1.micro"));
  }
}
