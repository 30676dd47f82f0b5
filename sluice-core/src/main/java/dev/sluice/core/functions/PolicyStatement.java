package dev.sluice.core.functions;

/**
 * One statement of a function's resource-based policy (AddPermission).
 *
 * @param qualifier the version or alias it applies to, or null for the unqualified function
 */
public record PolicyStatement(
    String sid,
    String action,
    String principal,
    String sourceArn,
    String sourceAccount,
    String principalOrgId,
    String eventSourceToken,
    String qualifier) {}
