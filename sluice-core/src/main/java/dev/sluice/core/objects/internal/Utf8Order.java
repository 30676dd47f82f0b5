package dev.sluice.core.objects.internal;

import java.util.Comparator;

/** S3 orders keys by their UTF-8 bytes, which is the order of their code points. */
final class Utf8Order {

  static final Comparator<String> COMPARATOR = Utf8Order::compare;

  /** The largest code point; its UTF-8 form (F4 8F BF BF) sorts after every other. */
  private static final String MAX_CODE_POINT = Character.toString(Character.MAX_CODE_POINT);

  private Utf8Order() {}

  static int compare(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(i);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
    }
    return Integer.compare(a.length() - i, b.length() - i);
  }

  /**
   * A string that sorts after every key of at most {@code maxKeyBytes} UTF-8 bytes starting with
   * {@code prefix} and before every other key sorting after the prefix: listing after it skips the
   * whole prefix at once.
   */
  static String afterEveryKeyStartingWith(String prefix, int maxKeyBytes) {
    return prefix + MAX_CODE_POINT.repeat(maxKeyBytes / 4 + 1);
  }
}
