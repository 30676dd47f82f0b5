package dev.sluice.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sluice status}: whether a Sluice answers, from its health route. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show whether Sluice is up.")
final class StatusCommand implements Callable<Integer> {
  private final Environment env;
  @Spec CommandSpec spec;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Sluice's address (default http://127.0.0.1:$SLUICE_PORT or :4566).")
  String endpoint;

  StatusCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var target = endpoint != null ? endpoint : env.localEndpoint();
    try {
      var reply = AdminClient.get(target, "/_sluice/health");
      var out = spec.commandLine().getOut();
      out.printf("Sluice at %s: %s%n", target, reply.body().trim());
      out.flush();
      return reply.status() == 200 ? 0 : 1;
    } catch (AdminClient.Unreachable e) {
      SluiceCommand.fail(spec.commandLine(), e.getMessage());
      return 1;
    }
  }
}
