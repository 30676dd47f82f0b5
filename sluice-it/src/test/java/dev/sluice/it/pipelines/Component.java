package dev.sluice.it.pipelines;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * One object of a pipeline definition, written briefly: {@code Component.of("A",
 * "ShellCommandActivity").with("command", "echo hi").ref("runsOn", "Ec2")}.
 */
final class Component {
  private final String id;
  private final List<Field> fields = new ArrayList<>();

  private Component(String id) {
    this.id = id;
  }

  /** An object without a type (Default, or a parent). */
  static Component of(String id) {
    return new Component(id);
  }

  static Component of(String id, String type) {
    return new Component(id).with("type", type);
  }

  /** The Default object of an on-demand pipeline, with the roles resources need. */
  static Component onDemandDefault() {
    return of("Default")
        .with("scheduleType", "ondemand")
        .with("role", "DataPipelineDefaultRole")
        .with("resourceRole", "DataPipelineDefaultResourceRole");
  }

  /** An Ec2Resource (Sluice runs its activities on this machine). */
  static Component ec2(String id) {
    return of(id, "Ec2Resource");
  }

  /** A ShellCommandActivity running {@code command} on the Ec2Resource {@code runsOn}. */
  static Component shell(String id, String command, String runsOn) {
    return of(id, "ShellCommandActivity").with("command", command).ref("runsOn", runsOn);
  }

  Component with(String key, String value) {
    fields.add(Field.builder().key(key).stringValue(value).build());
    return this;
  }

  Component ref(String key, String target) {
    fields.add(Field.builder().key(key).refValue(target).build());
    return this;
  }

  PipelineObject build() {
    return PipelineObject.builder().id(id).name(id).fields(fields).build();
  }

  static List<PipelineObject> all(Component... components) {
    return java.util.Arrays.stream(components).map(Component::build).toList();
  }
}
