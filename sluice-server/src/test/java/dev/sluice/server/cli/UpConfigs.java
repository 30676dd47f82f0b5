package dev.sluice.server.cli;

import dev.sluice.server.SluiceConfig;
import java.util.Map;

/** The configuration {@code sluice up} would start with, parsed by picocli without starting. */
final class UpConfigs {
  private UpConfigs() {}

  /** Parses {@code args} (starting with "up") with {@code environment} as the environment. */
  static SluiceConfig parse(Map<String, String> environment, String... args) {
    var parsed = SluiceCommand.commandLine(environment).parseArgs(args);
    UpCommand up = parsed.subcommand().commandSpec().commandLine().getCommand();
    return up.config();
  }
}
