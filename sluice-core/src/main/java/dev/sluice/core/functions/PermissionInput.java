package dev.sluice.core.functions;

/**
 * An AddPermission call.
 *
 * @param revisionId the policy RevisionId the caller read, or null
 */
public record PermissionInput(
    String functionName, String qualifier, PolicyStatement statement, String revisionId) {}
