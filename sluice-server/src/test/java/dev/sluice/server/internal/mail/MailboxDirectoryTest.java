package dev.sluice.server.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.MailMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxDirectoryTest {
  private static final Instant T0 = Instant.parse("2026-11-21T07:30:00Z");

  @TempDir Path dataDir;
  private final AtomicReference<Instant> now = new AtomicReference<>(T0);

  private MailboxDirectory mailbox() {
    return MailTransports.mailbox(dataDir, now::get);
  }

  private static MailMessage mail(String subject, String id) {
    return new MailMessage("Topic", "no-reply@sns.test", "bob@example.com", subject, "Body", id);
  }

  @Test
  void writesEachMessageAsAnEmlFileWithNothingLeftOver() throws Exception {
    assertThat(mailbox().send(mail("one", "a1")).isOk()).isTrue();

    try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly("20261121T073000.000000000Z-a1.eml");
    }
  }

  @Test
  void listsTheMessagesInTheOrderTheyWereSent() {
    var mailbox = mailbox();
    mailbox.send(mail("first", "zzz"));
    now.set(T0.plus(Duration.ofMillis(1)));
    mailbox.send(mail("second", "mmm"));
    now.set(T0.plus(Duration.ofHours(30)));
    mailbox.send(mail("third", "aaa"));

    assertThat(mailbox.list())
        .extracting(MailboxEntry::subject)
        .containsExactly("first", "second", "third");
  }

  @Test
  void listsTheHeadersWithTheSubjectAndSenderDecoded() {
    var mailbox = mailbox();
    mailbox.send(
        new MailMessage(
            "Ünicode Tópic", "no-reply@sns.test", "bob@example.com", "Grüße ✓", "b", "id-1"));

    var entry = mailbox.list().getFirst();

    assertThat(entry.id()).isEqualTo("20261121T073000.000000000Z-id-1");
    assertThat(entry.date()).isEqualTo("Sat, 21 Nov 2026 07:30:00 +0000");
    assertThat(entry.from()).isEqualTo("Ünicode Tópic <no-reply@sns.test>");
    assertThat(entry.to()).isEqualTo("bob@example.com");
    assertThat(entry.subject()).isEqualTo("Grüße ✓");
  }

  @Test
  void readsAMessageAsRfc5322Text() {
    var mailbox = mailbox();
    mailbox.send(mail("hello", "<abc@host>"));
    var id = mailbox.list().getFirst().id();

    var text = mailbox.read(id).orElseThrow();

    assertThat(id).isEqualTo("20261121T073000.000000000Z-_abc_host_");
    assertThat(text)
        .startsWith("From: \"Topic\" <no-reply@sns.test>\r\nTo: bob@example.com\r\n")
        .contains("\r\nMessage-ID: <abc@host>\r\n")
        .contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n")
        .endsWith("\r\n\r\nBody\r\n");
  }

  @Test
  void findsNoMessageOutsideTheMailbox() throws Exception {
    Files.writeString(dataDir.resolve("secret.eml"), "secret");
    var mailbox = mailbox();
    mailbox.send(mail("x", "y"));

    assertThat(mailbox.read("../secret")).isEmpty();
    assertThat(mailbox.read("nothing-here")).isEmpty();
  }

  @Test
  void anEmptyMailboxListsNothing() {
    assertThat(mailbox().list()).isEmpty();
  }

  @Test
  void ignoresUnfinishedTemporaryFiles() throws Exception {
    var mailbox = mailbox();
    mailbox.send(mail("done", "d"));
    Files.writeString(dataDir.resolve("mail/.incoming-123.tmp"), "From: half");

    assertThat(mailbox.list()).extracting(MailboxEntry::subject).containsExactly("done");
  }
}
