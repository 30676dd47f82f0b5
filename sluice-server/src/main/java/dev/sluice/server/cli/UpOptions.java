package dev.sluice.server.cli;

import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import dev.sluice.server.SluiceConfig;
import dev.sluice.server.SmtpAddress;
import dev.sluice.server.SparkOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The flags of {@code sluice up} as given; null (false) for a flag that is not. */
record UpOptions(
    Integer port,
    Path dataDir,
    String bind,
    String store,
    AuthMode auth,
    List<AccessKey> accessKeys,
    boolean allowInsecureBind,
    String region,
    String timeScale,
    String smtp,
    String smtpFrom,
    String sparkMaster,
    Path sparkHome,
    String sparkMemory) {

  /**
   * The configuration from the flags, then environment variables, then defaults.
   *
   * @throws IllegalArgumentException when an environment variable or a value is refused
   */
  SluiceConfig config(Environment env) {
    return SluiceConfig.defaults()
        .withPort(pick(env, port, Environment.PORT, UpOptions::portOf, SluiceConfig.DEFAULT_PORT))
        .withDataDir(
            pick(env, dataDir, Environment.DATA_DIR, Path::of, SluiceConfig.DEFAULT_DATA_DIR))
        .withBindAddress(
            pick(env, bind, Environment.BIND, text -> text, SluiceConfig.DEFAULT_BIND_ADDRESS))
        .withStoreUrl(pick(env, store, Environment.STORE, text -> text, null))
        .withAuth(pick(env, auth, Environment.AUTH, AuthMode::parse, AuthMode.ANY))
        .withAccessKeys(
            pick(env, accessKeys, Environment.ACCESS_KEYS, UpOptions::accessKeysOf, List.of()))
        .withAllowInsecureBind(allowInsecureBind)
        .withRegion(
            pick(env, region, Environment.REGION, text -> text, SluiceConfig.DEFAULT_REGION))
        .withTimeScale(scaleOf(pick(env, timeScale, Environment.TIME_SCALE, text -> text, "1")))
        .withSmtp(pick(env, map(smtp), Environment.SMTP, SmtpAddress::parse, null))
        .withSmtpFrom(
            smtpFromOf(
                pick(
                    env,
                    smtpFrom,
                    Environment.SMTP_FROM,
                    text -> text,
                    SluiceConfig.DEFAULT_SMTP_FROM)))
        .withSpark(
            SparkOptions.defaults()
                .withMaster(
                    pick(env, sparkMaster, Environment.SPARK_MASTER, UpOptions::masterOf, null))
                .withHome(pick(env, sparkHome, Environment.SPARK_HOME, Path::of, null))
                .withDriverMemory(
                    memoryOf(
                        pick(
                            env,
                            sparkMemory,
                            Environment.SPARK_MEMORY,
                            text -> text,
                            SparkOptions.DEFAULT_DRIVER_MEMORY))));
  }

  private static String masterOf(String master) {
    var text = master.trim();
    if (!text.startsWith("spark://") && !text.startsWith("local")) {
      throw new IllegalArgumentException(
          "--spark-master ("
              + Environment.SPARK_MASTER
              + ") must be spark://host:port or local[N], not '"
              + master
              + "'");
    }
    return text;
  }

  private static String memoryOf(String size) {
    var text = size.trim().toLowerCase(java.util.Locale.ROOT);
    if (!text.matches("[1-9][0-9]*[mg]")) {
      throw new IllegalArgumentException(
          "--spark-memory ("
              + Environment.SPARK_MEMORY
              + ") must be a size like 1g or 768m, not '"
              + size
              + "'");
    }
    return text;
  }

  /** The flag when given, else the environment variable when set, else the default. */
  private static <T> T pick(
      Environment env, T flag, String variable, Function<String, T> parse, T fallback) {
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

  private static double scaleOf(String text) {
    try {
      double scale = Double.parseDouble(text);
      if (scale > 0 && !Double.isInfinite(scale)) {
        return scale;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "--time-scale ("
            + Environment.TIME_SCALE
            + ") must be a positive number, not '"
            + text
            + "'");
  }

  private static URI map(String smtp) {
    return smtp == null ? null : SmtpAddress.parse(smtp);
  }

  private static String smtpFromOf(String address) {
    var plain = address.trim();
    if (plain.indexOf('@') <= 0
        || plain.endsWith("@")
        || !plain.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '<' && c != '>')) {
      throw new IllegalArgumentException(
          "--smtp-from ("
              + Environment.SMTP_FROM
              + ") must be an e-mail address, not '"
              + address
              + "'");
    }
    return plain;
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
