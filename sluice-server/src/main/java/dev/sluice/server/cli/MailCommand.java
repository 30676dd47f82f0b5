package dev.sluice.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sluice mail [ID]}: the local mailbox as a table, or one message as it was sent. */
@Command(
    name = "mail",
    mixinStandardHelpOptions = true,
    description = "List the e-mail in Sluice's local mailbox, or print one message.")
final class MailCommand extends AdminCommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "The message to print (an ID of the list).")
  String id;

  MailCommand(Environment env) {
    super(env);
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    var path =
        id == null
            ? "/_sluice/mail"
            : "/_sluice/mail/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    var reply = AdminClient.get(target, path);
    if (reply.status() != 200) {
      SluiceCommand.fail(cli, message(reply));
      return 1;
    }
    var out = cli.getOut();
    if (id != null) {
      out.print(reply.body().replace("\r\n", "\n"));
    } else {
      try {
        out.print(MailTable.render(new ObjectMapper().readTree(reply.body())));
      } catch (JsonProcessingException e) {
        SluiceCommand.fail(cli, target + " did not answer with JSON");
        return 1;
      }
    }
    out.flush();
    return 0;
  }

  private static String message(AdminClient.Reply reply) {
    try {
      return new ObjectMapper().readTree(reply.body()).path("message").asText(reply.body());
    } catch (JsonProcessingException notJson) {
      return reply.body();
    }
  }
}
