package dev.sluice.core.workflows;

import java.time.Instant;

/** UpdateStateMachine's answer; {@code versionArn} is set when a version was published. */
public record MachineUpdated(Instant updated, String revisionId, String versionArn) {}
