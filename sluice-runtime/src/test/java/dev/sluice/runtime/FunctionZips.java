package dev.sluice.runtime;

import dev.sluice.core.functions.CodeBundle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Deployment packages built by tests: real zips of the given files. */
final class FunctionZips {

  private FunctionZips() {}

  /** A zip of {@code files} (name to text), without file modes. */
  static CodeBundle zip(Map<String, String> files) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundle(bytes.toByteArray());
  }

  /** A zip of {@code files} where {@code executable} has mode 755, as {@code zip} on Unix makes. */
  static CodeBundle zipWithExecutable(Map<String, String> files, String executable, Path scratch) {
    try {
      var file = scratch.resolve("bundle-" + System.nanoTime() + ".zip");
      var uri = URI.create("jar:" + file.toUri());
      var options = Map.of("create", "true", "enablePosixFileAttributes", "true");
      try (var zip = FileSystems.newFileSystem(uri, options)) {
        for (var entry : files.entrySet()) {
          var path = zip.getPath(entry.getKey());
          Files.writeString(path, entry.getValue());
          var mode = entry.getKey().equals(executable) ? "rwxr-xr-x" : "rw-r--r--";
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
      }
      return bundle(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CodeBundle bundle(byte[] bytes) {
    return new CodeBundle(sha256(bytes), bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
