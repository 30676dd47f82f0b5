package dev.sluice.runtime.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip into a directory: refuses entries that would land outside it and stops at Lambda's
 * unzipped size limit, counting the bytes actually written (a zip's declared sizes can lie). File
 * modes recorded in the zip are kept, so a {@code bootstrap} stays executable.
 */
final class ZipExtractor {

  /** Lambda's limit for a function and its layers, unzipped: 250 MB. */
  static final long MAX_UNZIPPED_BYTES = 262_144_000L;

  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  /** Read modes; an entry without one (a zip made on Windows) is an ordinary file. */
  private static final Map<String, ?> ZIP_OPTIONS =
      Map.of("enablePosixFileAttributes", "true", "defaultPermissions", FILE);

  private final long limit;
  private long written;

  ZipExtractor(long limit) {
    this.limit = limit;
  }

  /** Extracts {@code zip} into {@code target} (an existing directory), over what is there. */
  Result<Void> extract(Path zip, Path target) throws IOException {
    try (var file = new ZipFile(zip.toFile())) {
      var escaping = escaping(file, target);
      if (escaping != null) {
        return Result.err(invalid("Zip entry escapes the code directory: " + escaping));
      }
      try (var modes = FileSystems.newFileSystem(zipUri(zip), ZIP_OPTIONS)) {
        for (var entry : java.util.Collections.list(file.entries())) {
          if (!extractEntry(file, entry, modes, target.resolve(entry.getName()).normalize())) {
            return Result.err(invalid("Unzipped size must be smaller than " + limit + " bytes"));
          }
        }
      }
      return Result.ok(null);
    } catch (ZipException e) {
      return Result.err(
          invalid(
              "Could not unzip uploaded file. Please check your file, then try to upload again."));
    }
  }

  /** The first entry name that would land outside {@code target}, or null. */
  private static String escaping(ZipFile file, Path target) {
    for (var entry : java.util.Collections.list(file.entries())) {
      var destination = target.resolve(entry.getName()).normalize();
      if (!destination.startsWith(target) || destination.equals(target) && !entry.isDirectory()) {
        return entry.getName();
      }
    }
    return null;
  }

  /** Writes one entry; false when that passed the size limit. */
  private boolean extractEntry(ZipFile file, ZipEntry entry, FileSystem modes, Path destination)
      throws IOException {
    if (entry.isDirectory()) {
      Files.createDirectories(destination);
      return true;
    }
    Files.createDirectories(destination.getParent());
    try (InputStream in = file.getInputStream(entry);
        OutputStream out = Files.newOutputStream(destination)) {
      if (!copyWithinLimit(in, out)) {
        return false;
      }
    }
    Files.setPosixFilePermissions(destination, executable(modes, entry) ? EXECUTABLE : FILE);
    return true;
  }

  private boolean copyWithinLimit(InputStream in, OutputStream out) throws IOException {
    var buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      written += n;
      if (written > limit) {
        return false;
      }
      out.write(buffer, 0, n);
    }
    return true;
  }

  private static boolean executable(FileSystem modes, ZipEntry entry) {
    try {
      var permissions = Files.getPosixFilePermissions(modes.getPath(entry.getName()));
      return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static URI zipUri(Path zip) {
    return URI.create("jar:" + zip.toUri());
  }

  static Failure invalid(String message) {
    return Failure.of("InvalidZipFileException", 502, message);
  }
}
