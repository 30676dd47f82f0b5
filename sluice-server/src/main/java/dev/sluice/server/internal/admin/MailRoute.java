package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.internal.mail.MailboxDirectory;

/**
 * {@code GET /_sluice/mail}: the local mailbox's messages as JSON (id, date, from, to, subject),
 * oldest first; {@code GET /_sluice/mail/<id>}: one message as sent (RFC 5322 text).
 */
final class MailRoute {
  static final String PREFIX = "mail";

  private final MailboxDirectory mailbox;

  MailRoute(MailboxDirectory mailbox) {
    this.mailbox = mailbox;
  }

  HttpResponse handle(String route) {
    if (route.equals(PREFIX)) {
      return list();
    }
    var id = route.substring(PREFIX.length() + 1);
    return mailbox
        .read(id)
        .map(text -> HttpResponse.text(200, "text/plain; charset=utf-8", text))
        .orElseGet(() -> AdminJson.error(404, "No message " + id + " in the mailbox"));
  }

  private HttpResponse list() {
    var list = AdminJson.MAPPER.createArrayNode();
    for (var entry : mailbox.list()) {
      list.addObject()
          .put("id", entry.id())
          .put("date", entry.date())
          .put("from", entry.from())
          .put("to", entry.to())
          .put("subject", entry.subject());
    }
    return AdminJson.respond(200, list);
  }
}
