package dev.sluice.server.internal.mail;

import dev.sluice.core.topics.MailTransport;
import dev.sluice.server.SluiceConfig;
import dev.sluice.server.SmtpAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The transport the configuration asks for: its SMTP server when {@code --smtp} is given, else the
 * mailbox under {@code <data-dir>/mail}. The sender of SNS's mail is {@link
 * SluiceConfig#smtpFrom()}.
 */
public final class MailTransports {
  public static final String MAILBOX_DIRECTORY = "mail";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private MailTransports() {}

  public static MailTransport configured(SluiceConfig config, Supplier<Instant> clock) {
    var smtp = config.smtp();
    if (smtp == null) {
      return mailbox(config.dataDir(), clock);
    }
    return new SmtpMailTransport(smtp.getHost(), SmtpAddress.portOf(smtp), TIMEOUT, clock);
  }

  /** The mailbox of a data directory (which the admin routes list even when SMTP is used). */
  public static MailboxDirectory mailbox(Path dataDir, Supplier<Instant> clock) {
    return new MailboxDirectory(dataDir.resolve(MAILBOX_DIRECTORY), clock);
  }
}
