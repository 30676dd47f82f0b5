package dev.sluice.server.internal.mail;

import dev.sluice.core.topics.MailMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A {@link MailMessage} as RFC 5322 text with CRLF line ends: the headers, then the plain-text
 * UTF-8 body in 7bit, 8bit (when allowed and no line is longer than 998 bytes) or quoted-printable.
 */
final class MessageText {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final int MAX_LINE_BYTES = 998;

  private MessageText() {}

  /**
   * The message's text.
   *
   * @param eightBit whether the receiver takes 8bit bodies (SMTP's 8BITMIME, or a file)
   */
  static String render(MailMessage message, Instant date, boolean eightBit) {
    var body = crlf(message.body() == null ? "" : message.body());
    var encoding = encodingOf(body, eightBit);
    var text = new StringBuilder();
    header(text, "From", from(message));
    header(text, "To", message.to());
    header(text, "Subject", EncodedWords.encode(orEmpty(message.subject())));
    header(text, "Date", DATE.format(date));
    header(text, "Message-ID", messageId(message.messageId()));
    header(text, "MIME-Version", "1.0");
    header(text, "Content-Type", "text/plain; charset=UTF-8");
    header(text, "Content-Transfer-Encoding", encoding);
    text.append("\r\n");
    text.append(encoding.equals("quoted-printable") ? QuotedPrintable.encode(body) : body);
    if (!body.endsWith("\r\n")) {
      text.append("\r\n");
    }
    return text.toString();
  }

  /**
   * The {@code Message-ID} of a message id: one with an @ as it is, else {@code
   * <id@sns.sluice.local>}; always in angle brackets.
   */
  static String messageId(String id) {
    var bare = id.replaceAll("^<|>$", "").replaceAll("[^\\x21-\\x7e]|[<>]", "_");
    return "<" + (bare.contains("@") ? bare : bare + "@sns.sluice.local") + ">";
  }

  private static String from(MailMessage message) {
    var name = message.fromName();
    if (name == null || name.isBlank()) {
      return message.fromAddress();
    }
    var shown =
        EncodedWords.isPlain(name)
            ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
            : EncodedWords.encode(name);
    return shown + " <" + message.fromAddress() + ">";
  }

  private static String encodingOf(String body, boolean eightBit) {
    boolean shortLines = true;
    for (var line : body.split("\r\n")) {
      shortLines &= line.getBytes(StandardCharsets.UTF_8).length <= MAX_LINE_BYTES;
    }
    if (shortLines && body.chars().allMatch(c -> c < 0x80)) {
      return "7bit";
    }
    return shortLines && eightBit ? "8bit" : "quoted-printable";
  }

  /** Every line break as CRLF: a lone CR or LF would be refused or misread by SMTP servers. */
  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }

  private static void header(StringBuilder text, String name, String value) {
    text.append(name).append(": ").append(value).append("\r\n");
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
