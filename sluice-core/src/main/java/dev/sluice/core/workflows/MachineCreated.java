package dev.sluice.core.workflows;

import java.time.Instant;

/** CreateStateMachine's answer; {@code versionArn} is set when a version was published. */
public record MachineCreated(String machineArn, Instant created, String versionArn) {}
