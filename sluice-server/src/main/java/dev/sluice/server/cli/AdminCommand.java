package dev.sluice.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that asks a running Sluice over its admin routes: where it is ({@code --endpoint}), and
 * one line with exit code 1 when nothing answers there.
 */
abstract class AdminCommand implements Callable<Integer> {
  private final Environment env;
  @Spec CommandSpec spec;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Sluice's address (default http://127.0.0.1:$SLUICE_PORT or :4566).")
  String endpoint;

  AdminCommand(Environment env) {
    this.env = env;
  }

  @Override
  public final Integer call() {
    var target = endpoint != null ? endpoint : env.localEndpoint();
    try {
      return ask(target, spec.commandLine());
    } catch (AdminClient.Unreachable e) {
      SluiceCommand.fail(spec.commandLine(), e.getMessage());
      return 1;
    }
  }

  /** Asks the Sluice at {@code target}, writing to {@code cli}'s streams; the exit code. */
  abstract int ask(String target, CommandLine cli) throws AdminClient.Unreachable;
}
