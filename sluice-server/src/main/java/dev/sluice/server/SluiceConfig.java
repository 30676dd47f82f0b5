package dev.sluice.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to run Sluice. Start from {@link #defaults()} and change what you need with the withers.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param bindAddress the address to listen on; anything but loopback needs strict auth or {@code
 *     allowInsecureBind}
 * @param dataDir where the embedded store and the object bytes live
 * @param storeUrl a JDBC URL of an external store (PostgreSQL), or null for the embedded H2 store
 * @param auth whether signatures are verified
 * @param accessKeys the credentials strict mode accepts
 * @param allowInsecureBind bind beyond loopback even without strict auth
 * @param region the region Sluice's ARNs and unsigned requests use
 * @param timeScale how many seconds of Sluice's clock pass per real second (waits, retries,
 *     timeouts and schedules follow it); 1 is real time
 * @param smtp the SMTP server e-mail goes to ({@code smtp://host:port}), or null for the mailbox
 *     under the data directory
 * @param smtpFrom the sender address of SNS's e-mail
 * @param spark where pipeline steps and jobs run on Spark
 */
public record SluiceConfig(
    int port,
    String bindAddress,
    Path dataDir,
    String storeUrl,
    AuthMode auth,
    List<AccessKey> accessKeys,
    boolean allowInsecureBind,
    String region,
    double timeScale,
    URI smtp,
    String smtpFrom,
    SparkOptions spark) {
  public static final int DEFAULT_PORT = 4566;
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final Path DEFAULT_DATA_DIR = Path.of(".sluice");
  public static final String DEFAULT_REGION = "us-east-1";
  public static final String DEFAULT_SMTP_FROM = "no-reply@sns.sluice.local";

  public SluiceConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(region, "region");
    if (bindAddress.isBlank() || region.isBlank()) {
      throw new IllegalArgumentException("bind address and region must not be empty");
    }
    accessKeys = List.copyOf(accessKeys);
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException(
          "the time scale must be a positive number, not " + timeScale);
    }
    if (smtp != null) {
      SmtpAddress.check(smtp);
    }
    Objects.requireNonNull(smtpFrom, "smtpFrom");
    Objects.requireNonNull(spark, "spark");
  }

  public static SluiceConfig defaults() {
    return new SluiceConfig(
        DEFAULT_PORT,
        DEFAULT_BIND_ADDRESS,
        DEFAULT_DATA_DIR,
        null,
        AuthMode.ANY,
        List.of(),
        false,
        DEFAULT_REGION,
        1,
        null,
        DEFAULT_SMTP_FROM,
        SparkOptions.defaults());
  }

  public SluiceConfig withPort(int port) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withBindAddress(String bindAddress) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withDataDir(Path dataDir) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withStoreUrl(String storeUrl) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withAuth(AuthMode auth) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withAccessKeys(List<AccessKey> accessKeys) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  /** Adds one access key to those configured. */
  public SluiceConfig withAccessKey(AccessKey accessKey) {
    var keys = new ArrayList<>(accessKeys);
    keys.add(accessKey);
    return withAccessKeys(keys);
  }

  public SluiceConfig withAllowInsecureBind(boolean allowInsecureBind) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withRegion(String region) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withTimeScale(double timeScale) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  /** Sends e-mail to this SMTP server ({@code smtp://host[:port]}); null for the mailbox. */
  public SluiceConfig withSmtp(URI smtp) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withSmtpFrom(String smtpFrom) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }

  public SluiceConfig withSpark(SparkOptions spark) {
    return new SluiceConfig(
        port,
        bindAddress,
        dataDir,
        storeUrl,
        auth,
        accessKeys,
        allowInsecureBind,
        region,
        timeScale,
        smtp,
        smtpFrom,
        spark);
  }
}
