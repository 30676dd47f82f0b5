package dev.sluice.core.functions;

/**
 * How asynchronous invocations of one version or alias are retried and where their results go.
 *
 * @param qualifier {@code $LATEST}, a version or an alias
 * @param maximumRetryAttempts 0-2, or null for Lambda's default (2)
 * @param maximumEventAgeInSeconds 60-21600, or null for Lambda's default (21600)
 * @param onSuccess the OnSuccess destination's ARN, or null
 * @param onFailure the OnFailure destination's ARN, or null
 * @param lastModifiedMillis when it last changed, epoch milliseconds
 */
public record EventInvokeConfig(
    String qualifier,
    Integer maximumRetryAttempts,
    Integer maximumEventAgeInSeconds,
    String onSuccess,
    String onFailure,
    long lastModifiedMillis) {

  public static final int DEFAULT_RETRIES = 2;
  public static final int DEFAULT_MAX_AGE_SECONDS = 21600;

  public int retries() {
    return maximumRetryAttempts == null ? DEFAULT_RETRIES : maximumRetryAttempts;
  }

  public int maxAgeSeconds() {
    return maximumEventAgeInSeconds == null ? DEFAULT_MAX_AGE_SECONDS : maximumEventAgeInSeconds;
  }
}
