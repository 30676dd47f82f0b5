package dev.sluice.spark.streaming.internal.io;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * How a line splits into key and value: the key runs up to the {@code keyFields}-th separator; a
 * line with fewer separators is all key with an empty value (Hadoop's TextOutputReader).
 */
public record KeyValueFormat(byte[] separator, int keyFields) implements Serializable {

  /** Tab-separated lines whose first field is the key (Hadoop streaming's default). */
  public static final KeyValueFormat TAB_FIRST_FIELD = of("\t", 1);

  public KeyValueFormat {
    if (separator.length == 0) {
      throw new IllegalArgumentException("empty field separator");
    }
    keyFields = Math.max(1, keyFields);
  }

  public static KeyValueFormat of(String separator, int keyFields) {
    return new KeyValueFormat(separator.getBytes(StandardCharsets.UTF_8), keyFields);
  }

  /** True when the key ends at the first occurrence of a single control-character separator. */
  boolean isSingleControlByte() {
    return keyFields == 1 && separator.length == 1 && Byte.toUnsignedInt(separator[0]) <= '\r';
  }

  /** The index of the separator that ends the key in {@code [from, to)}, or -1. */
  public int keyEnd(byte[] buf, int from, int to) {
    int at = indexOf(buf, from, to);
    for (int field = 1; field < keyFields && at >= 0; field++) {
      at = indexOf(buf, at + separator.length, to);
    }
    return at;
  }

  private int indexOf(byte[] buf, int from, int to) {
    byte first = separator[0];
    int last = to - separator.length;
    for (int i = from; i <= last; i++) {
      if (buf[i] == first && matchesAt(buf, i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean matchesAt(byte[] buf, int at) {
    for (int j = 1; j < separator.length; j++) {
      if (buf[at + j] != separator[j]) {
        return false;
      }
    }
    return true;
  }

  /** Splits {@code [from, to)} and passes the record on. */
  public void split(byte[] buf, int from, int to, RecordSink sink) throws java.io.IOException {
    int keyEnd = keyEnd(buf, from, to);
    if (keyEnd < 0) {
      sink.accept(buf, from, to, to, to);
    } else {
      sink.accept(buf, from, keyEnd, keyEnd + separator.length, to);
    }
  }
}
