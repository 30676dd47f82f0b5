package dev.sluice.core.objects.internal;

/** How a listing rolls keys up into common prefixes. */
record Delimiting(String prefix, String delimiter, int maxKeyBytes) {

  Delimiting {
    prefix = prefix == null ? "" : prefix;
    delimiter = delimiter == null || delimiter.isEmpty() ? null : delimiter;
  }

  /** The common prefix {@code key} rolls up into, or null when it is listed itself. */
  String commonPrefix(String key) {
    if (delimiter == null || !key.startsWith(prefix)) {
      return null;
    }
    int at = key.indexOf(delimiter, prefix.length());
    return at < 0 ? null : key.substring(0, at + delimiter.length());
  }

  /** Where a listing continues after an entry: past a whole common prefix, or after the key. */
  String after(String entry) {
    if (entry == null) {
      return null;
    }
    return entry.equals(commonPrefix(entry))
        ? Utf8Order.afterEveryKeyStartingWith(entry, maxKeyBytes)
        : entry;
  }
}
