package dev.sluice.server.cli;

import java.util.Map;
import java.util.Optional;

/** The process environment the CLI falls back to when a flag is not given. */
record Environment(Map<String, String> variables) {
  static final String PORT = "SLUICE_PORT";
  static final String DATA_DIR = "SLUICE_DATA_DIR";
  static final String BIND = "SLUICE_BIND";
  static final String STORE = "SLUICE_STORE";
  static final String AUTH = "SLUICE_AUTH";
  static final String ACCESS_KEYS = "SLUICE_ACCESS_KEYS";
  static final String REGION = "SLUICE_REGION";
  static final String TIME_SCALE = "SLUICE_TIME_SCALE";
  static final String SMTP = "SLUICE_SMTP";
  static final String SMTP_FROM = "SLUICE_SMTP_FROM";
  static final String SPARK_MASTER = "SLUICE_SPARK_MASTER";
  static final String SPARK_HOME = "SLUICE_SPARK_HOME";
  static final String SPARK_MEMORY = "SLUICE_SPARK_MEMORY";

  Environment {
    variables = Map.copyOf(variables);
  }

  /** The variable's value, when set and not blank. */
  Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  /** The admin endpoint of a Sluice on this machine: {@code http://127.0.0.1:$SLUICE_PORT}. */
  String localEndpoint() {
    return "http://127.0.0.1:" + get(PORT).orElse("4566");
  }
}
