package dev.sluice.core.objects.internal;

/**
 * Combines the CRCs of two adjacent byte sequences into the CRC of their concatenation without
 * reading the bytes again, for reflected CRCs whose initial value equals their final XOR (CRC32,
 * CRC32C, CRC64NVME). Works in GF(2) modulo the polynomial, in the reflected bit order where the
 * top bit stands for x^0.
 */
final class CrcCombiner {

  static final CrcCombiner CRC32 = new CrcCombiner(0xEDB88320L, 32);
  static final CrcCombiner CRC32C = new CrcCombiner(0x82F63B78L, 32);
  static final CrcCombiner CRC64NVME = new CrcCombiner(Crc64Nvme.REFLECTED_POLY, 64);

  private final long poly;
  private final long one;
  private final long mask;
  private final long[] powers = new long[67];

  private CrcCombiner(long reflectedPoly, int width) {
    this.poly = reflectedPoly;
    this.one = 1L << (width - 1);
    this.mask = width == 64 ? -1L : (1L << width) - 1;
    powers[0] = one >>> 1;
    for (int i = 1; i < powers.length; i++) {
      powers[i] = multiply(powers[i - 1], powers[i - 1]);
    }
  }

  /** The CRC of A followed by B, given CRC(A), CRC(B) and B's length in bytes. */
  long combine(long crcA, long crcB, long lengthB) {
    return (multiply(shiftBytes(lengthB), crcA & mask) ^ crcB) & mask;
  }

  /** x^(8 * bytes) modulo the polynomial. */
  private long shiftBytes(long bytes) {
    long p = one;
    int k = 3;
    for (long n = bytes; n != 0; n >>>= 1, k++) {
      if ((n & 1) != 0) {
        p = multiply(powers[k], p);
      }
    }
    return p;
  }

  /** a(x) * b(x) modulo the polynomial. */
  private long multiply(long a, long b) {
    long m = one;
    long p = 0;
    long bb = b;
    while (m != 0) {
      if ((a & m) != 0) {
        p ^= bb;
      }
      m >>>= 1;
      bb = (bb & 1) != 0 ? (bb >>> 1) ^ poly : bb >>> 1;
    }
    return p;
  }
}
