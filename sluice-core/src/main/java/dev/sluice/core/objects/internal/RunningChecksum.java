package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ChecksumAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/** A checksum or digest being computed over a stream of bytes. */
sealed interface RunningChecksum {

  void update(byte[] bytes, int offset, int length);

  /** The value as S3 encodes it before base64: the big-endian bytes of the CRC, or the digest. */
  byte[] finish();

  static RunningChecksum start(ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32 -> new Crc(new CRC32(), 4);
      case CRC32C -> new Crc(new CRC32C(), 4);
      case CRC64NVME -> new Crc(new Crc64Nvme(), 8);
      case SHA1 -> new Digest(digest("SHA-1"));
      case SHA256 -> new Digest(digest("SHA-256"));
    };
  }

  static RunningChecksum md5() {
    return new Digest(digest("MD5"));
  }

  /** The number of bytes of a value of {@code algorithm}. */
  static int length(ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32, CRC32C -> 4;
      case CRC64NVME -> 8;
      case SHA1 -> 20;
      case SHA256 -> 32;
    };
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides " + name, e);
    }
  }

  /** A CRC of {@code width} bytes. */
  record Crc(Checksum crc, int width) implements RunningChecksum {
    @Override
    public void update(byte[] bytes, int offset, int length) {
      crc.update(bytes, offset, length);
    }

    @Override
    public byte[] finish() {
      return BigEndian.bytes(crc.getValue(), width);
    }
  }

  /** A message digest (MD5, SHA-1, SHA-256). */
  record Digest(MessageDigest digest) implements RunningChecksum {
    @Override
    public void update(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    @Override
    public byte[] finish() {
      return digest.digest();
    }
  }
}
