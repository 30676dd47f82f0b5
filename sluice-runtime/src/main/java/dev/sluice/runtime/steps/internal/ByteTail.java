package dev.sluice.runtime.steps.internal;

import java.nio.charset.StandardCharsets;

/** The last {@code capacity} bytes written to it: a process's output, whole while it is short. */
public final class ByteTail {
  private final byte[] ring;
  private long total;

  public ByteTail(int capacity) {
    this.ring = new byte[capacity];
  }

  public synchronized void append(byte[] bytes, int offset, int length) {
    var skip = Math.max(0, length - ring.length);
    for (int i = offset + skip; i < offset + length; i++) {
      ring[(int) (total++ % ring.length)] = bytes[i];
    }
    total += skip;
  }

  /** The kept bytes as UTF-8 (a character cut at the start of the tail is left out). */
  public synchronized String text() {
    var kept = (int) Math.min(total, ring.length);
    var bytes = new byte[kept];
    var start = total - kept;
    for (int i = 0; i < kept; i++) {
      bytes[i] = ring[(int) ((start + i) % ring.length)];
    }
    var from = 0;
    while (start > 0 && from < kept && (bytes[from] & 0xC0) == 0x80) {
      from++;
    }
    return new String(bytes, from, kept - from, StandardCharsets.UTF_8);
  }
}
