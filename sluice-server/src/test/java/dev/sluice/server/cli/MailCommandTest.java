package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.MailMessage;
import dev.sluice.server.TestSluice;
import dev.sluice.server.internal.mail.MailTransports;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sluice mail} against a running Sluice. */
class MailCommandTest {
  @TempDir Path dataDir;
  private final CliRun cli = new CliRun();

  private void send(Instant at, String subject, String id) {
    var message = new MailMessage(null, "no-reply@sns.test", "dan@example.com", subject, "Hi", id);
    assertThat(MailTransports.mailbox(dataDir, () -> at).send(message).isOk()).isTrue();
  }

  @Test
  void listsTheMailboxAsATable() {
    send(
        Instant.parse("2026-11-21T07:30:00Z"), "AWS Notification - Subscription Confirmation", "c");
    send(Instant.parse("2026-11-21T07:31:00Z"), "Hello", "m");
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(cli.run("mail", "--endpoint", sluice.endpoint().toString())).isZero();
    }

    assertThat(cli.out())
        .isEqualTo(
            """
            ID                            DATE                             FROM               TO               SUBJECT
            20261121T073000.000000000Z-c  Sat, 21 Nov 2026 07:30:00 +0000  no-reply@sns.test  dan@example.com  AWS Notification - Subscription Confirmation
            20261121T073100.000000000Z-m  Sat, 21 Nov 2026 07:31:00 +0000  no-reply@sns.test  dan@example.com  Hello
            """);
  }

  @Test
  void saysSoWhenTheMailboxIsEmpty() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(cli.run("mail", "--endpoint", sluice.endpoint().toString())).isZero();
    }

    assertThat(cli.out()).isEqualTo("No mail.\n");
  }

  @Test
  void printsOneMessage() {
    send(Instant.parse("2026-11-21T07:30:00Z"), "One", "x1");
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(
              cli.run(
                  "mail",
                  "20261121T073000.000000000Z-x1",
                  "--endpoint",
                  sluice.endpoint().toString()))
          .isZero();
    }

    assertThat(cli.out())
        .startsWith("From: no-reply@sns.test\nTo: dan@example.com\n")
        .contains("\nSubject: One\n")
        .endsWith("\n\nHi\n");
  }

  @Test
  void failsInOneLineForAnUnknownMessage() {
    try (var sluice = TestSluice.start(dataDir)) {
      assertThat(cli.run("mail", "nope", "--endpoint", sluice.endpoint().toString())).isEqualTo(1);
    }

    assertThat(cli.err()).isEqualTo("sluice: No message nope in the mailbox\n");
  }
}
