package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * A function's deployment package: a zip of its files with Unix modes recorded, {@code bootstrap}
 * executable (as {@code zip} on Linux makes it), written through the JDK's zip file system.
 */
final class FunctionZip {
  private FunctionZip() {}

  static byte[] of(Map<String, byte[]> files, Path scratch) throws IOException {
    var file = Files.createTempFile(scratch, "function-", ".zip");
    Files.delete(file); // the zip file system creates it
    var options = Map.of("create", "true", "enablePosixFileAttributes", "true");
    try (var zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), options)) {
      for (var entry : files.entrySet()) {
        var path = zip.getPath(entry.getKey());
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        Files.write(path, entry.getValue());
        var mode = entry.getKey().equals("bootstrap") ? "rwxr-xr-x" : "rw-r--r--";
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
      }
    }
    try {
      return Files.readAllBytes(file);
    } finally {
      Files.delete(file);
    }
  }
}
