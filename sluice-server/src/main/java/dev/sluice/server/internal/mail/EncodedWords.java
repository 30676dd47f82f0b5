package dev.sluice.server.internal.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header text as RFC 2047 encoded words ({@code =?UTF-8?B?...?=}) when it is not plain printable
 * ASCII; each word stays within 75 characters and never splits a character.
 */
final class EncodedWords {
  /** 45 bytes make 60 Base64 characters; with {@code =?UTF-8?B?} and {@code ?=} 72 in all. */
  private static final int BYTES_PER_WORD = 45;

  private static final Pattern WORD = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=");

  private EncodedWords() {}

  /** Longer plain text is encoded too: encoded words fold, so no header line grows too long. */
  private static final int MAX_PLAIN = 900;

  /** Whether {@code text} can stand in a header as it is. */
  static boolean isPlain(String text) {
    return text.length() <= MAX_PLAIN && text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  /** The text as is when plain, else encoded words joined by folding white space. */
  static String encode(String text) {
    if (isPlain(text)) {
      return text;
    }
    return String.join("\r\n ", words(text));
  }

  /** Header text with the encoded words {@link #encode} writes decoded; null stays null. */
  static String decode(String header) {
    if (header == null) {
      return null;
    }
    var adjacent = header.replaceAll("\\?=\\s+=\\?", "?==?");
    return WORD.matcher(adjacent)
        .replaceAll(
            word ->
                Matcher.quoteReplacement(
                    new String(Base64.getDecoder().decode(word.group(1)), StandardCharsets.UTF_8)));
  }

  private static List<String> words(String text) {
    var words = new ArrayList<String>();
    var chunk = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      var character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > BYTES_PER_WORD) {
        words.add(word(chunk.toString()));
        chunk.setLength(0);
        bytes = 0;
      }
      chunk.append(character);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    words.add(word(chunk.toString()));
    return words;
  }

  private static String word(String chunk) {
    var base64 = Base64.getEncoder().encodeToString(chunk.getBytes(StandardCharsets.UTF_8));
    return "=?UTF-8?B?" + base64 + "?=";
  }
}
