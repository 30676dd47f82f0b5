package dev.sluice.core.workflows;

import java.time.Instant;

/**
 * A state machine or one of its published versions, as stored.
 *
 * @param arn the machine's ARN; a version's ARN ends in {@code :<version>}
 * @param name the machine's name
 * @param type STANDARD or EXPRESS
 * @param definition the definition text exactly as the client sent it
 * @param roleArn the execution role
 * @param description the version description (versions only; null otherwise)
 * @param created creation time (of the machine, or of the version)
 * @param revisionId changes with every update; a version keeps the revision it was published from
 * @param loggingConfiguration the LoggingConfiguration JSON text, or null
 * @param tracingConfiguration the TracingConfiguration JSON text, or null
 * @param version the version number for a published version, null for the machine itself
 * @param deleting true once DeleteStateMachine was called while executions still run
 */
public record MachineRecord(
    String arn,
    String name,
    MachineType type,
    String definition,
    String roleArn,
    String description,
    Instant created,
    String revisionId,
    String loggingConfiguration,
    String tracingConfiguration,
    Integer version,
    boolean deleting) {}
