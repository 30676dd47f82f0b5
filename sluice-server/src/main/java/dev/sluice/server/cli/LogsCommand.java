package dev.sluice.server.cli;

import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sluice logs <function> [--follow] [--since 10m]}: a function's log (group {@code
 * /aws/lambda/<function>}), or any group's with {@code --group}, read through the CloudWatch Logs
 * API of the running Sluice (signed with the AWS credentials of the environment when set).
 */
@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description = "Print a function's log lines (or a log group's) as <time> <message>.")
final class LogsCommand extends AdminCommand {
  static final Duration POLL = Duration.ofSeconds(1);

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FUNCTION",
      description = "The function; its log group is /aws/lambda/FUNCTION.")
  String function;

  @Option(
      names = "--group",
      paramLabel = "NAME",
      description = "Any log group instead, e.g. /aws-glue/jobs/output.")
  String group;

  @Option(
      names = "--since",
      paramLabel = "AGE",
      defaultValue = "10m",
      converter = SinceConverter.class,
      description = "Events from this long ago (30s, 10m, 2h, 1d) or this time on (default 10m).")
  Duration since;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new events until interrupted.")
  boolean follow;

  @Option(
      names = "--filter-pattern",
      paramLabel = "PATTERN",
      description = "Only events matching this CloudWatch Logs filter pattern.")
  String filterPattern;

  private final Environment env;

  LogsCommand(Environment env) {
    super(env);
    this.env = env;
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    if ((function == null) == (group == null)) {
      SluiceCommand.fail(cli, "name a function or give --group, not both");
      return 1;
    }
    var name = group != null ? group : "/aws/lambda/" + function;
    var from = Instant.now().minus(since);
    try (var client = JsonApiClient.logs(target, RequestSigner.fromEnvironment(env))) {
      var tail = new LogTail(client, name, filterPattern, cli.getOut());
      do {
        var refused = tail.print(from);
        if (refused.isPresent() && !(follow && missingGroup(refused.get()))) {
          SluiceCommand.fail(cli, name + ": " + refused.get().error());
          return 1;
        }
      } while (follow && pause());
    }
    return 0;
  }

  /** A group that does not exist yet appears when the function first runs. */
  private static boolean missingGroup(JsonApiClient.Reply reply) {
    return reply.body().path("__type").asText().equals("ResourceNotFoundException");
  }

  /** Waits before the next poll; false when interrupted. */
  private static boolean pause() {
    try {
      Thread.sleep(POLL);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
