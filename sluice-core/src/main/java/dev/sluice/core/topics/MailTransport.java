package dev.sluice.core.topics;

import dev.sluice.core.result.Result;

/**
 * Where e-mail goes: an SMTP server ({@code --smtp smtp://host:port}) or, with none configured, the
 * local mailbox under the data directory. An {@code Err} is retried by the caller.
 */
public interface MailTransport {
  Result<Void> send(MailMessage message);
}
