package dev.sluice.core.workflows;

/**
 * StartExecution's and StartSyncExecution's input.
 *
 * @param machineArn the machine's ARN, or a version's or an alias's
 * @param name the execution name; null for a random UUID
 * @param input the input JSON text; null for {@code {}}
 * @param traceHeader the X-Ray trace header, or null
 */
public record NewExecution(String machineArn, String name, String input, String traceHeader) {}
