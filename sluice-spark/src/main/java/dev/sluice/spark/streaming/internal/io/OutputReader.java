package dev.sluice.spark.streaming.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a program's output as lines (ended by LF, CR or CRLF, like Hadoop's LineReader) and passes
 * each on as a key/value record; the key/value split happens in the same pass over the bytes when
 * the separator is a single control character (the default tab).
 */
public final class OutputReader {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final KeyValueFormat format;
  private final RecordSink sink;
  private final boolean fused;
  private final byte separator;
  private byte[] buf = new byte[1 << 18];
  private int start;
  private int limit;
  private boolean skipLineFeed;
  private long lines;
  private boolean exhausted;

  public OutputReader(InputStream in, KeyValueFormat format, RecordSink sink) {
    this.in = in;
    this.format = format;
    this.sink = sink;
    this.fused = format.isSingleControlByte();
    this.separator = format.separator()[0];
  }

  /** The number of lines passed on so far. */
  public long lines() {
    return lines;
  }

  /** Reads what is available and passes on the complete lines; false once the input ended. */
  public boolean pump() throws IOException {
    if (exhausted) {
      return false;
    }
    makeRoom();
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      exhausted = true;
      if (limit > start) {
        deliver(start, limit, -1, false);
        start = limit;
      }
      return false;
    }
    limit += n;
    scan();
    return true;
  }

  /** Reads everything. */
  public void drain() throws IOException {
    while (pump()) {
      // keep reading
    }
  }

  private void makeRoom() {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, limit - start);
      limit -= start;
      start = 0;
    }
    if (limit == buf.length) {
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
  }

  private void scan() throws IOException {
    byte[] b = buf;
    int end = limit;
    int p = start;
    if (skipLineFeed && p < end) {
      skipLineFeed = false;
      if (b[p] == '\n') {
        p++;
      }
    }
    while (p < end) {
      int sepAt = -1;
      int i = p;
      while (true) {
        i = nextControlByte(b, i, end);
        if (i == end) {
          break;
        }
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c == separator && sepAt < 0) {
          sepAt = i;
        }
        i++;
      }
      if (i == end) {
        break;
      }
      deliver(p, i, sepAt, true);
      p = i + 1;
      if (b[i] == '\r') {
        if (p < end) {
          p += b[p] == '\n' ? 1 : 0;
        } else {
          skipLineFeed = true;
        }
      }
    }
    start = p;
  }

  /**
   * The index of the first byte at or after {@code from} whose unsigned value is at most 13 (LF,
   * CR, tab and the other control characters), or {@code end}; eight bytes per step.
   */
  private static int nextControlByte(byte[] b, int from, int end) {
    int i = from;
    for (; i + 8 <= end; i += 8) {
      long x = (long) LONGS.get(b, i);
      long below14 = (x - 0x0E0E0E0E0E0E0E0EL) & ~x & 0x8080808080808080L;
      if (below14 != 0) {
        return i + (Long.numberOfTrailingZeros(below14) >>> 3);
      }
    }
    for (; i < end; i++) {
      if (Byte.toUnsignedInt(b[i]) <= '\r') {
        return i;
      }
    }
    return end;
  }

  private void deliver(int from, int to, int sepAt, boolean scanned) throws IOException {
    lines++;
    if (fused && scanned) {
      if (sepAt < 0) {
        sink.accept(buf, from, to, to, to);
      } else {
        sink.accept(buf, from, sepAt, sepAt + 1, to);
      }
    } else {
      format.split(buf, from, to, sink);
    }
  }
}
