package dev.sluice.server.internal.mail;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.MailMessage;

/** Refuses addresses that could not stand in an SMTP command or a header as given. */
final class MailAddresses {
  private MailAddresses() {}

  /** The failure of a message whose sender or recipient is no plain address, else null. */
  static Failure check(MailMessage message) {
    for (var address : new String[] {message.fromAddress(), message.to()}) {
      if (address == null
          || address.isBlank()
          || !address.contains("@")
          || !address.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '<' && c != '>')) {
        return Failure.of("InvalidParameter", 400, "Invalid e-mail address: " + address)
            .with("retriable", "false");
      }
    }
    return null;
  }
}
