package dev.sluice.core.functions;

/**
 * A Put or UpdateFunctionEventInvokeConfig call. A Put replaces the whole config; an Update keeps
 * what a null field does not give.
 *
 * @param qualifier the version or alias, or null for {@code $LATEST}
 */
public record EventInvokeConfigInput(
    String functionName,
    String qualifier,
    Integer maximumRetryAttempts,
    Integer maximumEventAgeInSeconds,
    String onSuccess,
    String onFailure) {}
