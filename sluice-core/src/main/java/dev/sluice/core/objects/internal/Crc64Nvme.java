package dev.sluice.core.objects.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.Checksum;

/**
 * CRC-64/NVME: polynomial 0xAD93D23594C93659, reflected, initial value and final XOR all ones (the
 * check value of "123456789" is 0xAE8B14860A799888). Eight bytes per step (slicing-by-8).
 */
final class Crc64Nvme implements Checksum {

  /** The polynomial, bit-reversed for the reflected algorithm. */
  static final long REFLECTED_POLY = 0x9A6C9329AC4BC9B5L;

  private static final long[][] TABLES = tables();
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private long state = -1L;

  @Override
  public void update(int b) {
    state = TABLES[0][(int) ((state ^ b) & 0xff)] ^ (state >>> 8);
  }

  @Override
  public void update(byte[] b, int off, int len) {
    long crc = state;
    int i = off;
    int end = off + len;
    long[] t0 = TABLES[0];
    for (; end - i >= 8; i += 8) {
      long x = crc ^ (long) LONG_LE.get(b, i);
      crc =
          TABLES[7][(int) (x & 0xff)]
              ^ TABLES[6][(int) ((x >>> 8) & 0xff)]
              ^ TABLES[5][(int) ((x >>> 16) & 0xff)]
              ^ TABLES[4][(int) ((x >>> 24) & 0xff)]
              ^ TABLES[3][(int) ((x >>> 32) & 0xff)]
              ^ TABLES[2][(int) ((x >>> 40) & 0xff)]
              ^ TABLES[1][(int) ((x >>> 48) & 0xff)]
              ^ t0[(int) (x >>> 56)];
    }
    for (; i < end; i++) {
      crc = t0[(int) ((crc ^ b[i]) & 0xff)] ^ (crc >>> 8);
    }
    state = crc;
  }

  @Override
  public long getValue() {
    return ~state;
  }

  @Override
  public void reset() {
    state = -1L;
  }

  private static long[][] tables() {
    long[][] t = new long[8][256];
    for (int i = 0; i < 256; i++) {
      long c = i;
      for (int bit = 0; bit < 8; bit++) {
        c = (c & 1) != 0 ? (c >>> 1) ^ REFLECTED_POLY : c >>> 1;
      }
      t[0][i] = c;
    }
    for (int k = 1; k < 8; k++) {
      for (int i = 0; i < 256; i++) {
        long prev = t[k - 1][i];
        t[k][i] = (prev >>> 8) ^ t[0][(int) (prev & 0xff)];
      }
    }
    return t;
  }
}
