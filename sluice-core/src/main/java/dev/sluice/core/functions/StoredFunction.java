package dev.sluice.core.functions;

/**
 * A function as read from the {@link FunctionCatalog}, with the catalog's own revision counter that
 * a replacement must name (optimistic concurrency).
 */
public record StoredFunction(FunctionRecord function, long revision) {}
