package dev.sluice.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sluice events}: the outbox's events in one status, as a table. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List the events in Sluice's outbox.")
final class EventsCommand implements Callable<Integer> {
  private final Environment env;
  @Spec CommandSpec spec;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Sluice's address (default http://127.0.0.1:$SLUICE_PORT or :4566).")
  String endpoint;

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
    this.env = env;
  }

  @Override
  public Integer call() {
    var target = endpoint != null ? endpoint : env.localEndpoint();
    try {
      var reply = AdminClient.get(target, "/_sluice/events?status=" + status + "&limit=" + limit);
      var body = new ObjectMapper().readTree(reply.body());
      if (reply.status() != 200) {
        SluiceCommand.fail(spec.commandLine(), body.path("message").asText(reply.body()));
        return 1;
      }
      var out = spec.commandLine().getOut();
      out.print(EventsTable.render(body));
      out.flush();
      return 0;
    } catch (AdminClient.Unreachable e) {
      SluiceCommand.fail(spec.commandLine(), e.getMessage());
      return 1;
    } catch (JsonProcessingException e) {
      SluiceCommand.fail(spec.commandLine(), target + " did not answer with JSON");
      return 1;
    }
  }
}
