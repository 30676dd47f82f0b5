package dev.sluice.server.cli;

import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a plain {@code sluice up [--flag value | --flag=value]...} without picocli, whose set-up
 * (its classes predate the JVM's class-data sharing and are loaded and checked on every start) took
 * a fifth of a second of start-up. Anything it does not read exactly as {@link UpCommand} would
 * (help, unknown or repeated flags, values it refuses, {@code @files}) is left to picocli, which
 * reads or reports it as always.
 */
final class QuickUp {
  private static final Set<String> SINGLE =
      Set.of(
          "--port",
          "--data-dir",
          "--bind",
          "--store",
          "--auth",
          "--region",
          "--time-scale",
          "--smtp",
          "--smtp-from",
          "--spark-master",
          "--spark-home",
          "--spark-memory");
  private static final String ACCESS_KEY = "--access-key";
  private static final String INSECURE = "--allow-insecure-bind";

  private QuickUp() {}

  /** The configuration of {@code args}, or empty when picocli should read them. */
  static Optional<SluiceConfig> config(String[] args, Environment env) {
    if (args.length == 0 || !args[0].equals("up")) {
      return Optional.empty();
    }
    var values = new HashMap<String, String>();
    var accessKeys = new ArrayList<String>();
    for (int i = 1; i < args.length; i++) {
      var arg = args[i];
      int equals = arg.indexOf('=');
      var name = equals < 0 ? arg : arg.substring(0, equals);
      if (!SINGLE.contains(name) && !name.equals(ACCESS_KEY) && !arg.equals(INSECURE)) {
        return Optional.empty();
      }
      String value = null;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (!arg.equals(INSECURE)) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
          return Optional.empty();
        }
        value = args[++i];
      }
      if (name.equals(ACCESS_KEY)) {
        accessKeys.add(value);
      } else if (values.putIfAbsent(name, String.valueOf(value)) != null) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(options(values, accessKeys).config(env));
    } catch (IllegalArgumentException refused) {
      return Optional.empty();
    }
  }

  private static UpOptions options(Map<String, String> values, List<String> accessKeys) {
    return new UpOptions(
        map(values.get("--port"), Integer::valueOf),
        map(values.get("--data-dir"), Path::of),
        values.get("--bind"),
        values.get("--store"),
        map(values.get("--auth"), AuthMode::parse),
        accessKeys.isEmpty() ? null : accessKeys.stream().map(AccessKey::parse).toList(),
        values.containsKey(INSECURE),
        values.get("--region"),
        values.get("--time-scale"),
        values.get("--smtp"),
        values.get("--smtp-from"),
        values.get("--spark-master"),
        map(values.get("--spark-home"), Path::of),
        values.get("--spark-memory"));
  }

  private static <T> T map(String value, Function<String, T> parse) {
    return value == null ? null : parse.apply(value);
  }
}
