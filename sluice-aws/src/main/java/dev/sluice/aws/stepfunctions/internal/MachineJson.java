package dev.sluice.aws.stepfunctions.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.MachineRecord;

/** State machines and versions as Step Functions renders them. */
public final class MachineJson {
  private MachineJson() {}

  /** DescribeStateMachine's output (of a machine or a version). */
  public static ObjectNode describe(MachineRecord m) {
    var node = StatesJson.object();
    node.put("stateMachineArn", m.arn());
    node.put("name", m.name());
    node.put("status", m.deleting() ? "DELETING" : "ACTIVE");
    node.put("definition", m.definition());
    node.put("roleArn", m.roleArn());
    node.put("type", m.type().name());
    StatesJson.time(node, "creationDate", m.created());
    node.set("loggingConfiguration", StatesJson.logging(m.loggingConfiguration()));
    node.set("tracingConfiguration", StatesJson.tracing(m.tracingConfiguration()));
    StatesJson.text(node, "revisionId", m.revisionId());
    StatesJson.text(node, "description", m.description());
    return node;
  }

  /** DescribeStateMachineForExecution's output; {@code created} holds the update date. */
  public static ObjectNode forExecution(MachineRecord m) {
    var node = StatesJson.object();
    node.put("stateMachineArn", m.arn());
    node.put("name", m.name());
    node.put("definition", m.definition());
    node.put("roleArn", m.roleArn());
    StatesJson.time(node, "updateDate", m.created());
    node.set("loggingConfiguration", StatesJson.logging(m.loggingConfiguration()));
    node.set("tracingConfiguration", StatesJson.tracing(m.tracingConfiguration()));
    StatesJson.text(node, "revisionId", m.revisionId());
    return node;
  }

  /** An item of ListStateMachines. */
  public static ObjectNode listItem(MachineRecord m) {
    var node = StatesJson.object();
    node.put("stateMachineArn", m.arn());
    node.put("name", m.name());
    node.put("type", m.type().name());
    StatesJson.time(node, "creationDate", m.created());
    return node;
  }

  /** An item of ListStateMachineVersions. */
  public static ObjectNode versionItem(MachineRecord m) {
    var node = StatesJson.object();
    node.put("stateMachineVersionArn", m.arn());
    StatesJson.time(node, "creationDate", m.created());
    return node;
  }
}
