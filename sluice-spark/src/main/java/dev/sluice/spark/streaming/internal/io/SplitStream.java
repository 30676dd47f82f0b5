package dev.sluice.spark.streaming.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a split as a mapper reads them on stdin: each ended by LF (CR and CRLF become LF, a
 * last line without an end gets one), which is what Hadoop's TextInputFormat and streaming's
 * TextInputWriter produce. Counts records and the bytes read from the file.
 */
public final class SplitStream extends InputStream {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

  private final InputStream raw;
  private final long firstOffset;
  private long remaining;
  private long records;
  private long bytesRead;
  private boolean lastWasCr;
  private boolean emittedAny;
  private byte lastEmitted = '\n';
  private boolean ended;

  private SplitStream(InputStream raw, long firstOffset, long remaining) {
    this.raw = raw;
    this.firstOffset = firstOffset;
    this.remaining = remaining;
  }

  /** Opens a split, aligned to line starts. */
  public static SplitStream open(InputSplit split) throws IOException {
    Path path = Path.of(split.path());
    if (split.compressed()) {
      InputStream file = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(path));
      SplitStream stream = new SplitStream(new GZIPInputStream(file, 1 << 16), 0, Long.MAX_VALUE);
      stream.bytesRead = java.nio.file.Files.size(path);
      return stream;
    }
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    long size = channel.size();
    long from = lineStartAtOrAfter(channel, split.start(), size);
    long to = lineStartAtOrAfter(channel, split.end(), size);
    channel.position(from);
    return new SplitStream(Channels.newInputStream(channel), from, Math.max(0, to - from));
  }

  /** The first line start at or after {@code offset}: 0, just after a LF, or the file's end. */
  static long lineStartAtOrAfter(FileChannel channel, long offset, long size) throws IOException {
    if (offset <= 0) {
      return 0;
    }
    if (offset >= size) {
      return size;
    }
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long position = offset - 1;
    while (position < size) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buffer.get(i) == '\n') {
          return position + i + 1;
        }
      }
      position += n;
    }
    return size;
  }

  /** The file offset of the split's first line. */
  public long firstOffset() {
    return firstOffset;
  }

  /** Writes the whole split to {@code out} in large chunks (a mapper's stdin). */
  public void copyTo(OutputStream out) throws IOException {
    byte[] chunk = new byte[1 << 18];
    for (int n; (n = read(chunk, 0, chunk.length)) >= 0; ) {
      out.write(chunk, 0, n);
    }
    out.flush();
  }

  /** True when the split holds no bytes at all (an empty file, or no line starts in it). */
  public boolean isEmpty() {
    return remaining == 0;
  }

  /** Lines read so far (Hadoop's "Map input records"). */
  public long records() {
    return records;
  }

  /** Bytes read from the file so far (the whole file for compressed input). */
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      int n = remaining <= 0 ? -1 : raw.read(dst, off, (int) Math.min(len, remaining));
      if (n < 0) {
        ended = true;
        break;
      }
      if (remaining != Long.MAX_VALUE) {
        remaining -= n;
        bytesRead += n;
      }
      int kept = normalize(dst, off, n);
      if (kept > 0) {
        emittedAny = true;
        lastEmitted = dst[off + kept - 1];
        return kept;
      }
    }
    if (emittedAny && lastEmitted != '\n') {
      lastEmitted = '\n';
      records++;
      dst[off] = '\n';
      return 1;
    }
    return -1;
  }

  /** Counts LFs and turns CR and CRLF into LF in place; returns the bytes kept. */
  private int normalize(byte[] b, int off, int n) {
    int end = off + n;
    int i = off;
    if (!(lastWasCr && b[off] == '\n')) {
      lastWasCr = false;
      i = countLineFeedsUpToCr(b, off, end);
      if (i == end) {
        return n;
      }
    }
    int w = i;
    for (int r = i; r < end; r++) {
      byte c = b[r];
      if (c == '\r') {
        b[w++] = '\n';
        records++;
        lastWasCr = true;
      } else if (c == '\n') {
        if (!lastWasCr) {
          b[w++] = '\n';
          records++;
        }
        lastWasCr = false;
      } else {
        b[w++] = c;
        lastWasCr = false;
      }
    }
    return w - off;
  }

  /**
   * Counts the LFs in {@code [from, end)} up to the first CR, eight bytes a step; returns the CR's
   * index, or {@code end}.
   */
  private int countLineFeedsUpToCr(byte[] b, int from, int end) {
    long lineFeeds = 0;
    int i = from;
    for (; i + 8 <= end; i += 8) {
      long x = (long) LONGS.get(b, i);
      if (zeroBytes(x ^ CRS) != 0) {
        break;
      }
      lineFeeds += Long.bitCount(zeroBytes(x ^ LFS));
    }
    for (; i < end && b[i] != '\r'; i++) {
      lineFeeds += b[i] == '\n' ? 1 : 0;
    }
    records += lineFeeds;
    return i;
  }

  /** The high bit of each byte of {@code x} that is zero (exact, no false positives). */
  private static long zeroBytes(long x) {
    long low7 = 0x7F7F7F7F7F7F7F7FL;
    return ~(((x & low7) + low7) | x | low7);
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }
}
