package dev.sluice.core.functions;

/**
 * GetAccountSettings: Lambda's limits and this account's usage.
 *
 * @param unreservedConcurrentExecutions what reserved concurrency leaves of the account's limit
 */
public record AccountSettings(
    long totalCodeSizeLimit,
    long codeSizeUnzipped,
    long codeSizeZipped,
    int concurrentExecutions,
    int unreservedConcurrentExecutions,
    long totalCodeSize,
    long functionCount) {}
