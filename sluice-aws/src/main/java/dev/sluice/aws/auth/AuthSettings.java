package dev.sluice.aws.auth;

import dev.sluice.core.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link SigV4Authenticator} treats signatures.
 *
 * @param credentials the known access keys, by access key id
 * @param defaultAccount the account of unsigned requests and, in {@link AuthMode#ACCEPT_ANY}, of
 *     unknown access keys
 * @param defaultRegion the region of unsigned requests
 * @param clock the time signatures are checked against
 */
public record AuthSettings(
    AuthMode mode,
    Map<String, Credential> credentials,
    String defaultAccount,
    String defaultRegion,
    Clock clock) {
  public static final String DEFAULT_ACCOUNT = "000000000000";
  public static final String DEFAULT_REGION = "us-east-1";

  public AuthSettings {
    Objects.requireNonNull(mode, "mode");
    credentials = Map.copyOf(credentials);
    Objects.requireNonNull(defaultAccount, "defaultAccount");
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    Objects.requireNonNull(clock, "clock");
  }

  /** Any signature goes; the default. */
  public static AuthSettings acceptAny() {
    return new AuthSettings(
        AuthMode.ACCEPT_ANY, Map.of(), DEFAULT_ACCOUNT, DEFAULT_REGION, Clock.system());
  }

  /** Only these credentials, with verified signatures. */
  public static AuthSettings strict(Collection<Credential> credentials) {
    return acceptAny().withMode(AuthMode.STRICT).withCredentials(credentials);
  }

  public static AuthSettings strict(Credential... credentials) {
    return strict(List.of(credentials));
  }

  public AuthSettings withMode(AuthMode newMode) {
    return new AuthSettings(newMode, credentials, defaultAccount, defaultRegion, clock);
  }

  public AuthSettings withCredentials(Collection<Credential> newCredentials) {
    var byKey = new LinkedHashMap<String, Credential>();
    newCredentials.forEach(credential -> byKey.put(credential.accessKeyId(), credential));
    return new AuthSettings(mode, byKey, defaultAccount, defaultRegion, clock);
  }

  public AuthSettings withDefaults(String account, String region) {
    return new AuthSettings(mode, credentials, account, region, clock);
  }

  public AuthSettings withClock(Clock newClock) {
    return new AuthSettings(mode, credentials, defaultAccount, defaultRegion, newClock);
  }
}
