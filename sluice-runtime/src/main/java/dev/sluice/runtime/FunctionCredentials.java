package dev.sluice.runtime;

/**
 * The credentials every function instance receives ({@code AWS_ACCESS_KEY_ID}, {@code
 * AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}), so SDK calls inside it are signed for Sluice.
 * Without a session token (null) the variable is not set.
 */
public record FunctionCredentials(
    String accessKeyId, String secretAccessKey, String sessionToken) {}
