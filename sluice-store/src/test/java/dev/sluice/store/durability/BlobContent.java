package dev.sluice.store.durability;

import java.nio.ByteBuffer;

/** The 4 KiB a crash test writes for put number {@code n}: {@code n} itself, then bytes from it. */
final class BlobContent {
  static final int SIZE = 4096;

  private BlobContent() {}

  static byte[] of(long n) {
    ByteBuffer bytes = ByteBuffer.allocate(SIZE);
    bytes.putLong(n);
    for (int k = Long.BYTES; k < SIZE; k++) {
      bytes.put((byte) (n * 31 + k * 7));
    }
    return bytes.array();
  }

  /** The put number a complete blob was written for. */
  static long numberOf(byte[] blob) {
    return ByteBuffer.wrap(blob).getLong();
  }
}
