package dev.sluice.core.functions;

/**
 * An UpdateFunctionCode call.
 *
 * @param revisionId the RevisionId the caller read, or null
 */
public record UpdateCodeInput(
    String functionName, CodeSource code, boolean publish, String revisionId) {}
