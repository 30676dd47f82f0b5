package dev.sluice.core.functions;

/**
 * GetFunction's answer: the function and the configuration of the version asked for.
 *
 * @param configuration the resolved version's configuration
 */
public record FunctionView(FunctionRecord function, FunctionConfig configuration) {}
