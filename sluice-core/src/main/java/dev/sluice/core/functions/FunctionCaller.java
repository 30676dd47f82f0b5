package dev.sluice.core.functions;

/**
 * Who calls the functions API: the region the request was signed for and the caller's account,
 * which together make the functions' ARNs.
 */
public record FunctionCaller(String region, String account) {}
