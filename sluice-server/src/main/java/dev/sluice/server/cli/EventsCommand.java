package dev.sluice.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sluice events}: the outbox's events in one status, as a table. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List the events in Sluice's outbox.")
final class EventsCommand extends AdminCommand {

  @Option(
      names = "--status",
      paramLabel = "S",
      defaultValue = "PENDING",
      description = "PENDING, DELIVERED or FAILED (default ${DEFAULT-VALUE}).")
  EventStatus status;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "At most this many events (default ${DEFAULT-VALUE}).")
  int limit;

  EventsCommand(Environment env) {
    super(env);
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    try {
      var reply = AdminClient.get(target, "/_sluice/events?status=" + status + "&limit=" + limit);
      var body = new ObjectMapper().readTree(reply.body());
      if (reply.status() != 200) {
        SluiceCommand.fail(cli, body.path("message").asText(reply.body()));
        return 1;
      }
      var out = cli.getOut();
      out.print(EventsTable.render(body));
      out.flush();
      return 0;
    } catch (JsonProcessingException e) {
      SluiceCommand.fail(cli, target + " did not answer with JSON");
      return 1;
    }
  }
}
