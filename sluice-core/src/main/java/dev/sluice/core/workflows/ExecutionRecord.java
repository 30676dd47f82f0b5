package dev.sluice.core.workflows;

import java.time.Instant;

/**
 * One execution as stored (standard) or held in memory (express).
 *
 * @param arn the execution ARN ({@code ...:execution:<machine>:<name>}, express: {@code
 *     ...:express:<machine>:<name>:<uuid>})
 * @param machineArn the machine's unqualified ARN
 * @param name the execution name
 * @param type STANDARD or EXPRESS
 * @param status the current status
 * @param definition the definition text the execution runs (the machine's at start time)
 * @param roleArn the machine's role at start time
 * @param input the input JSON text
 * @param output the output JSON text once SUCCEEDED, else null
 * @param error the error once FAILED/TIMED_OUT/ABORTED, may be null
 * @param cause the cause once FAILED/TIMED_OUT/ABORTED, may be null
 * @param started start time
 * @param stopped stop time once terminal, else null
 * @param versionArn the version started, or null
 * @param aliasArn the alias started through, or null
 * @param redriveCount how many times the execution was redriven
 * @param redriveDate the last redrive's time, or null
 * @param traceHeader the X-Ray trace header given at start, or null
 */
public record ExecutionRecord(
    String arn,
    String machineArn,
    String name,
    MachineType type,
    ExecutionStatus status,
    String definition,
    String roleArn,
    String input,
    String output,
    String error,
    String cause,
    Instant started,
    Instant stopped,
    String versionArn,
    String aliasArn,
    int redriveCount,
    Instant redriveDate,
    String traceHeader) {

  /** This execution ended with {@code status}, {@code output}, {@code error} and {@code cause}. */
  public ExecutionRecord ended(
      ExecutionStatus status, String output, String error, String cause, Instant stopped) {
    return new ExecutionRecord(
        arn,
        machineArn,
        name,
        type,
        status,
        definition,
        roleArn,
        input,
        output,
        error,
        cause,
        started,
        stopped,
        versionArn,
        aliasArn,
        redriveCount,
        redriveDate,
        traceHeader);
  }
}
