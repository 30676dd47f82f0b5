package dev.sluice.core.workflows;

/**
 * UpdateStateMachine's input: null members are left as they are.
 *
 * @param machineArn the machine's unqualified ARN
 */
public record MachineUpdate(
    String machineArn,
    String definition,
    String roleArn,
    String loggingConfiguration,
    String tracingConfiguration,
    boolean publish,
    String versionDescription) {}
