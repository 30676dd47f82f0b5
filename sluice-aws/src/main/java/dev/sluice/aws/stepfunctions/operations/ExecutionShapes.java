package dev.sluice.aws.stepfunctions.operations;

import dev.sluice.aws.protocol.ModelPattern;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import java.util.List;

/** Members execution operations share. */
final class ExecutionShapes {
  private static final ModelPattern ASCII = ModelPattern.of("\\p{ASCII}*");

  static final List<String> INCLUDED_DATA = List.of("ALL_DATA", "METADATA_ONLY");

  /** ExecutionStatus in the order Step Functions lists it in its constraint message. */
  static final List<String> STATUSES =
      List.of("SUCCEEDED", "TIMED_OUT", "PENDING_REDRIVE", "ABORTED", "FAILED", "RUNNING");

  private ExecutionShapes() {}

  /** StartExecution's and StartSyncExecution's members. */
  static Constraints start(String machineArn, String name, String input, String traceHeader) {
    return new Constraints()
        .required(machineArn, "stateMachineArn")
        .length(machineArn, "stateMachineArn", 1, 256)
        .length(name, "name", 1, 80)
        .bytes(input, "input", 262_144)
        .length(traceHeader, "traceHeader", 0, 256)
        .pattern(traceHeader, "traceHeader", ASCII);
  }

  /** An execution ARN member. */
  static Constraints executionArn(String arn) {
    return new Constraints().required(arn, "executionArn").length(arn, "executionArn", 1, 256);
  }
}
