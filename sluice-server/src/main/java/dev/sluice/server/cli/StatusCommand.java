package dev.sluice.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sluice status}: whether a Sluice answers, from its health route. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show whether Sluice is up.")
final class StatusCommand extends AdminCommand {

  StatusCommand(Environment env) {
    super(env);
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    var reply = AdminClient.get(target, "/_sluice/health");
    var out = cli.getOut();
    out.printf("Sluice at %s: %s%n", target, reply.body().trim());
    out.flush();
    return reply.status() == 200 ? 0 : 1;
  }
}
