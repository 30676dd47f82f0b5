package dev.sluice.server.internal.mail;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MailMessage;
import dev.sluice.core.topics.MailTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local mailbox: with no SMTP server configured, each message becomes one RFC 5322 file {@code
 * <time>-<messageId>.eml} in a directory (written to a temporary file, forced to disk, then
 * renamed, so a reader never sees half a message); names sort in the order the messages were sent.
 */
public final class MailboxDirectory implements MailTransport {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final String SUFFIX = ".eml";

  private final Path directory;
  private final Supplier<Instant> clock;

  public MailboxDirectory(Path directory, Supplier<Instant> clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public Result<Void> send(MailMessage message) {
    var refused = MailAddresses.check(message);
    if (refused != null) {
      return Result.err(refused);
    }
    var now = clock.get();
    var id = STAMP.format(now) + "-" + safe(message.messageId());
    var text = MessageText.render(message, now, true);
    try {
      AtomicFile.write(directory, id + SUFFIX, text.getBytes(StandardCharsets.UTF_8));
      return Result.ok(null);
    } catch (IOException e) {
      return Result.err(
          Failure.of("MailboxUnavailable", 503, "Could not write to " + directory + ": " + e)
              .with("retriable", "true"));
    }
  }

  private static String safe(String messageId) {
    var safe = messageId == null ? "" : messageId.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() ? "message" : safe;
  }

  /** The messages, oldest first. */
  public List<MailboxEntry> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(SUFFIX) && ID.matcher(name).matches())
          .sorted()
          .map(name -> name.substring(0, name.length() - SUFFIX.length()))
          .flatMap(id -> read(id).map(text -> MailboxHeaders.entry(id, text)).stream())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the mailbox " + directory, e);
    }
  }

  /** The raw message with this id, if there is one. */
  public Optional<String> read(String id) {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(directory.resolve(id + SUFFIX), StandardCharsets.UTF_8));
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the message " + id, e);
    }
  }
}
