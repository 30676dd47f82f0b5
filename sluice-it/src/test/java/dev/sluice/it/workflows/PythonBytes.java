package dev.sluice.it.workflows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorder wrote object bodies that were Python bytes as their repr ({@code b'...'} or {@code
 * bytearray(b'...')}): the object's content is what is inside.
 */
final class PythonBytes {
  private static final Pattern REPR =
      Pattern.compile("^(?:bytearray\\()?b'(.*)'\\)?$", Pattern.DOTALL);

  private PythonBytes() {}

  static String content(String text) {
    Matcher matcher = REPR.matcher(text);
    return matcher.matches() ? matcher.group(1) : text;
  }
}
