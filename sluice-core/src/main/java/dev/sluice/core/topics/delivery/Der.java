package dev.sluice.core.topics.delivery;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The few DER encodings a self-signed certificate needs. */
final class Der {
  private Der() {}

  static byte[] sequence(byte[]... parts) {
    return tagged(0x30, concat(parts));
  }

  static byte[] set(byte[]... parts) {
    return tagged(0x31, concat(parts));
  }

  static byte[] integer(BigInteger value) {
    return tagged(0x02, value.toByteArray());
  }

  static byte[] nul() {
    return new byte[] {0x05, 0x00};
  }

  static byte[] utf8(String text) {
    return tagged(0x0c, text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code yyMMddHHmmssZ}. */
  static byte[] utcTime(String text) {
    return tagged(0x17, text.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] bitString(byte[] bytes) {
    var content = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, content, 1, bytes.length);
    return tagged(0x03, content);
  }

  static byte[] oid(int... arcs) {
    var out = new ByteArrayOutputStream();
    out.write(arcs[0] * 40 + arcs[1]);
    for (var i = 2; i < arcs.length; i++) {
      base128(out, arcs[i]);
    }
    return tagged(0x06, out.toByteArray());
  }

  private static void base128(ByteArrayOutputStream out, int value) {
    var groups = new java.util.ArrayDeque<Integer>();
    groups.push(value & 0x7f);
    for (var rest = value >>> 7; rest > 0; rest >>>= 7) {
      groups.push((rest & 0x7f) | 0x80);
    }
    groups.forEach(out::write);
  }

  static byte[] tagged(int tag, byte[] content) {
    var out = new ByteArrayOutputStream();
    out.write(tag);
    var length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      var bytes = BigInteger.valueOf(length).toByteArray();
      var start = bytes[0] == 0 ? 1 : 0;
      out.write(0x80 | (bytes.length - start));
      out.write(bytes, start, bytes.length - start);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (var part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
