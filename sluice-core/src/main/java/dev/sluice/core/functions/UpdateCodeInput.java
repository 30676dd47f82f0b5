package dev.sluice.core.functions;

/**
 * An UpdateFunctionCode call.
 *
 * @param revisionId the RevisionId the caller read, or null
 * @param dryRun check the package and answer the configuration it would give, changing nothing
 */
public record UpdateCodeInput(
    String functionName, CodeSource code, boolean publish, String revisionId, boolean dryRun) {}
