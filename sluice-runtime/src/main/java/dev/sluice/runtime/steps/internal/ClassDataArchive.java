package dev.sluice.runtime.steps.internal;

import dev.sluice.runtime.steps.SparkSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A class data sharing archive of the Spark JVM's classes, which about halves the time Spark takes
 * to start. The first step records one ({@code -XX:ArchiveClassesAtExit}, into its own directory);
 * when it succeeds the archive is moved into the shared directory in one rename, and later steps
 * map it ({@code -XX:SharedArchiveFile}). Its name is a digest of the Java runtime, heap size and
 * classpath (paths, sizes, modification times), so a rebuilt jar or another JDK gets a new one.
 */
public final class ClassDataArchive {

  private static final String STEP_ARCHIVE = "classes.jsa";

  private final Path shared;

  private ClassDataArchive(Path shared) {
    this.shared = shared;
  }

  /** The archive for {@code settings}, or null when they share no class data. */
  public static ClassDataArchive of(SparkSettings settings) {
    var dir = settings.classDataDir();
    return dir == null
        ? null
        : new ClassDataArchive(dir.resolve("spark-" + digest(settings) + ".jsa"));
  }

  /** The JVM options that use the archive, or record it into the step's directory. */
  public List<String> jvmOptions(Path stepDir) {
    var option =
        Files.isRegularFile(shared)
            ? "-XX:SharedArchiveFile=" + shared
            : "-XX:ArchiveClassesAtExit=" + stepDir.resolve(STEP_ARCHIVE);
    return List.of(option, "-Xlog:cds=off");
  }

  /** After a JVM that exited with 0: shares the archive it recorded, replacing older ones. */
  public void keep(Path stepDir) {
    var recorded = stepDir.resolve(STEP_ARCHIVE);
    if (!Files.isRegularFile(recorded) || Files.isRegularFile(shared)) {
      return;
    }
    try {
      Files.createDirectories(shared.getParent());
      try (var old = Files.list(shared.getParent())) {
        for (var file : old.filter(path -> path.toString().endsWith(".jsa")).toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.move(
          recorded, shared, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // without an archive Spark starts the slow way; the next step records one again
    }
  }

  private static String digest(SparkSettings settings) {
    var parts = new ArrayList<String>();
    parts.add(settings.javaHome().toString());
    parts.add(release(settings.javaHome()));
    parts.add(settings.heapOption());
    for (var entry : settings.classpath()) {
      parts.add(entry + "|" + stamp(entry));
    }
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      var bytes = sha.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(bytes, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String release(Path javaHome) {
    try {
      return Files.readString(javaHome.resolve("release"));
    } catch (IOException e) {
      return "";
    }
  }

  private static String stamp(Path entry) {
    try {
      return Files.size(entry) + "|" + Files.getLastModifiedTime(entry).toMillis();
    } catch (IOException e) {
      return "missing";
    }
  }
}
