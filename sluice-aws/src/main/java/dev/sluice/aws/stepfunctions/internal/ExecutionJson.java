package dev.sluice.aws.stepfunctions.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Redrivability;

/** Executions and their history events as Step Functions renders them. */
public final class ExecutionJson {
  private ExecutionJson() {}

  /** DescribeExecution's output; {@code withData} false leaves input and output out. */
  public static ObjectNode describe(
      ExecutionRecord e, boolean withData, Redrivability redrivability) {
    var node = summary(e);
    if (withData) {
      data(node, e);
    }
    StatesJson.text(node, "traceHeader", e.traceHeader());
    StatesJson.text(node, "error", e.error());
    StatesJson.text(node, "cause", e.cause());
    lineage(node, e);
    node.put("redriveStatus", redrivability.status());
    StatesJson.text(node, "redriveStatusReason", redrivability.reason());
    return node;
  }

  /** Input, and output once the execution succeeded, each with {@code included: true}. */
  public static void data(ObjectNode node, ExecutionRecord e) {
    node.put("input", e.input());
    node.putObject("inputDetails").put("included", true);
    if (e.output() != null) {
      node.put("output", e.output());
      node.putObject("outputDetails").put("included", true);
    }
  }

  /** An item of ListExecutions. */
  public static ObjectNode listItem(ExecutionRecord e) {
    var node = summary(e);
    lineage(node, e);
    return node;
  }

  /** The members DescribeExecution and ListExecutions' items start with. */
  private static ObjectNode summary(ExecutionRecord e) {
    var node = StatesJson.object();
    node.put("executionArn", e.arn());
    node.put("stateMachineArn", e.machineArn());
    node.put("name", e.name());
    node.put("status", e.status().name());
    StatesJson.time(node, "startDate", e.started());
    StatesJson.time(node, "stopDate", e.stopped());
    return node;
  }

  /** The version and alias the execution started through, and its redrives so far. */
  private static void lineage(ObjectNode node, ExecutionRecord e) {
    StatesJson.text(node, "stateMachineVersionArn", e.versionArn());
    StatesJson.text(node, "stateMachineAliasArn", e.aliasArn());
    node.put("redriveCount", e.redriveCount());
    StatesJson.time(node, "redriveDate", e.redriveDate());
  }

  /** One event of GetExecutionHistory. */
  public static ObjectNode event(HistoryEvent event) {
    var node = StatesJson.object();
    StatesJson.time(node, "timestamp", event.timestamp());
    node.put("type", event.type());
    node.put("id", event.id());
    node.put("previousEventId", event.previousEventId());
    if (event.detailsKey() != null) {
      node.set(event.detailsKey(), event.details() == null ? StatesJson.object() : event.details());
    }
    return node;
  }
}
