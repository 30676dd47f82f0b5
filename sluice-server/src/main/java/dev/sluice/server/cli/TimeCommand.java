package dev.sluice.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sluice time}: Sluice's clock; {@code sluice time advance 1h}: moves it forward, so that
 * waits, retries, timeouts and schedules due within that time happen at once.
 */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = "Show Sluice's clock, or move it forward: sluice time advance 1h")
final class TimeCommand extends AdminCommand {

  @Parameters(
      arity = "0..2",
      paramLabel = "advance DURATION",
      description = "'advance' and how far: 90s, 15m, 1h30m, 2d or PT1H.")
  java.util.List<String> words = java.util.List.of();

  TimeCommand(Environment env) {
    super(env);
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    AdminClient.Reply reply;
    if (words.isEmpty()) {
      reply = AdminClient.get(target, "/_sluice/time");
    } else if (words.size() == 2 && words.get(0).equals("advance")) {
      var by = URLEncoder.encode(words.get(1), StandardCharsets.UTF_8);
      reply = AdminClient.post(target, "/_sluice/time/advance?by=" + by);
    } else {
      SluiceCommand.fail(cli, "say 'sluice time' or 'sluice time advance 1h'");
      return 1;
    }
    try {
      var body = new ObjectMapper().readTree(reply.body());
      if (reply.status() != 200) {
        SluiceCommand.fail(cli, body.path("message").asText(reply.body()));
        return 1;
      }
      var out = cli.getOut();
      out.printf(
          "now %s (scale %s, advanced %s)%n",
          body.path("now").asText(), body.path("scale").asText(), body.path("advanced").asText());
      out.flush();
      return 0;
    } catch (JsonProcessingException e) {
      SluiceCommand.fail(cli, "Sluice answered something unexpected: " + reply.body());
      return 1;
    }
  }
}
