package dev.sluice.server.cli;

import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sluice up}: starts Sluice and serves until Ctrl-C or SIGTERM. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = "Start Sluice and serve until Ctrl-C.")
final class UpCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(Sluice.class);

  private final Environment env;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "HTTP port, 0 for any free one (env SLUICE_PORT, default 4566).")
  Integer port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory (env SLUICE_DATA_DIR, default ./.sluice).")
  Path dataDir;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description = "Address to listen on (env SLUICE_BIND, default 127.0.0.1).")
  String bind;

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "JDBC URL of a PostgreSQL store (env SLUICE_STORE, default the embedded store).")
  String store;

  @Option(
      names = "--auth",
      paramLabel = "any|strict",
      converter = AuthModeConverter.class,
      description = "Accept any signature or verify them (env SLUICE_AUTH, default any).")
  AuthMode auth;

  @Option(
      names = "--access-key",
      paramLabel = "AKID:SECRET[:ACCOUNT]",
      converter = AccessKeyConverter.class,
      description =
          "Credentials strict auth accepts; repeatable (env SLUICE_ACCESS_KEYS, comma separated).")
  List<AccessKey> accessKeys;

  @Option(
      names = "--allow-insecure-bind",
      description = "Listen beyond loopback without strict auth.")
  boolean allowInsecureBind;

  @Option(
      names = "--region",
      paramLabel = "R",
      description = "Region of ARNs and unsigned requests (env SLUICE_REGION, default us-east-1).")
  String region;

  UpCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    var running = start();
    var shutdown = new Thread(() -> stop(running), "sluice-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    running.awaitClosed();
    return 0;
  }

  /** Starts Sluice and logs the one line that says it is ready. */
  RunningSluice start() {
    var running = Sluice.create(config()).start();
    log.info(
        "Sluice ready on {} (data: {}, started in {} ms)",
        running.endpoint(),
        running.dataDir(),
        running.startupTime().toMillis());
    return running;
  }

  private static void stop(RunningSluice running) {
    running.close();
    log.info("Sluice stopped");
  }

  /** The configuration from flags, then environment variables, then defaults. */
  SluiceConfig config() {
    try {
      return SluiceConfig.defaults()
          .withPort(pick(port, Environment.PORT, UpCommand::portOf, SluiceConfig.DEFAULT_PORT))
          .withDataDir(pick(dataDir, Environment.DATA_DIR, Path::of, SluiceConfig.DEFAULT_DATA_DIR))
          .withBindAddress(
              pick(bind, Environment.BIND, text -> text, SluiceConfig.DEFAULT_BIND_ADDRESS))
          .withStoreUrl(pick(store, Environment.STORE, text -> text, null))
          .withAuth(pick(auth, Environment.AUTH, AuthMode::parse, AuthMode.ANY))
          .withAccessKeys(
              pick(accessKeys, Environment.ACCESS_KEYS, UpCommand::accessKeysOf, List.of()))
          .withAllowInsecureBind(allowInsecureBind)
          .withRegion(pick(region, Environment.REGION, text -> text, SluiceConfig.DEFAULT_REGION));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The flag when given, else the environment variable when set, else the default. */
  private <T> T pick(T flag, String variable, Function<String, T> parse, T fallback) {
    if (flag != null) {
      return flag;
    }
    return env.get(variable).map(parse).orElse(fallback);
  }

  private static int portOf(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Environment.PORT + " must be a port number, not '" + text + "'");
    }
  }

  private static List<AccessKey> accessKeysOf(String commaSeparated) {
    var keys = new ArrayList<AccessKey>();
    for (var key : commaSeparated.split(",")) {
      if (!key.isBlank()) {
        keys.add(AccessKey.parse(key));
      }
    }
    return keys;
  }
}
