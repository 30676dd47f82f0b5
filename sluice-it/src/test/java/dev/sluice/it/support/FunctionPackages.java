package dev.sluice.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Function packages built by tests: zips with an executable file, and compiled Java jars. */
public final class FunctionPackages {
  private FunctionPackages() {}

  /** A zip of {@code files} where {@code executable} has mode 755, as {@code zip} on Unix makes. */
  public static byte[] zipWithExecutable(Map<String, String> files, String executable) {
    try {
      var scratch = Files.createTempDirectory("sluice-zip");
      var zipPath = scratch.resolve("package.zip");
      var options = Map.of("create", "true", "enablePosixFileAttributes", "true");
      try (var zip = FileSystems.newFileSystem(URI.create("jar:" + zipPath.toUri()), options)) {
        for (var file : files.entrySet()) {
          var path = zip.getPath(file.getKey());
          Files.writeString(path, file.getValue());
          var mode = file.getKey().equals(executable) ? "rwxr-xr-x" : "rw-r--r--";
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
      }
      var bytes = Files.readAllBytes(zipPath);
      Files.delete(zipPath);
      Files.delete(scratch);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A jar of the given Java sources (fully qualified class name to source), compiled with
   * javax.tools against this test's class path (which holds aws-lambda-java-core).
   */
  public static byte[] javaJar(Map<String, String> sources) {
    try {
      var scratch = Files.createTempDirectory("sluice-jar");
      var sourceDir = scratch.resolve("src");
      var classes = scratch.resolve("classes");
      Files.createDirectories(classes);
      var files = new ArrayList<String>();
      for (var source : sources.entrySet()) {
        var file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        files.add(file.toString());
      }
      compile(files, classes);
      var jar = jar(classes);
      TreeCleanup.delete(scratch);
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(List<String> files, Path classes) {
    var compiler = ToolProvider.getSystemJavaCompiler();
    var errors = new ByteArrayOutputStream();
    var args = new ArrayList<>(List.of("--release", "21", "-d", classes.toString()));
    args.addAll(List.of("-cp", System.getProperty("java.class.path")));
    args.addAll(files);
    int status = compiler.run(null, null, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static byte[] jar(Path classes) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var jar = new JarOutputStream(bytes);
        Stream<Path> tree = Files.walk(classes)) {
      for (var file : tree.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(file));
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Deletes a scratch directory tree. */
  private static final class TreeCleanup {
    static void delete(Path root) throws IOException {
      try (Stream<Path> tree = Files.walk(root)) {
        for (var path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
