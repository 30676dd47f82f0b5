package dev.sluice.server.cli;

import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Option(
      names = "--time-scale",
      paramLabel = "N",
      description =
          "Seconds of Sluice's clock per real second, for waits, retries and schedules"
              + " (env SLUICE_TIME_SCALE, default 1).")
  String timeScale;

  @Option(
      names = "--smtp",
      paramLabel = "URL",
      description =
          "SMTP server for SNS e-mail, smtp://host:port (env SLUICE_SMTP, default the mailbox"
              + " in <data-dir>/mail).")
  String smtp;

  @Option(
      names = "--smtp-from",
      paramLabel = "ADDR",
      description =
          "Sender address of SNS e-mail (env SLUICE_SMTP_FROM, default no-reply@sns.sluice.local).")
  String smtpFrom;

  @Option(
      names = "--spark-master",
      paramLabel = "URL",
      description =
          "Spark master pipeline steps are submitted to, spark://host:port (env"
              + " SLUICE_SPARK_MASTER, default local mode in a child JVM).")
  String sparkMaster;

  @Option(
      names = "--spark-home",
      paramLabel = "DIR",
      description =
          "Directory with sluice-spark.jar and spark-classpath.txt (env SLUICE_SPARK_HOME,"
              + " default the checkout's sluice-spark/target).")
  Path sparkHome;

  @Option(
      names = "--spark-memory",
      paramLabel = "SIZE",
      description = "Heap of the Spark driver JVM, e.g. 2g (env SLUICE_SPARK_MEMORY, default 1g).")
  String sparkMemory;

  UpCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    return ForegroundSluice.serve(config());
  }

  /** The configuration from flags, then environment variables, then defaults. */
  SluiceConfig config() {
    try {
      return new UpOptions(
              port,
              dataDir,
              bind,
              store,
              auth,
              accessKeys,
              allowInsecureBind,
              region,
              timeScale,
              smtp,
              smtpFrom,
              sparkMaster,
              sparkHome,
              sparkMemory)
          .config(env);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
