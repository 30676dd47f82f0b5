package dev.sluice.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** A jar built by a test: one Java source compiled with javax.tools against a given classpath. */
public final class JavaAppJar {
  private JavaAppJar() {}

  /**
   * The jar of {@code source} (class {@code className}, for Java 17), compiled against {@code
   * classpath}; with Main-Class {@code className} when {@code main}.
   */
  public static byte[] build(String className, String source, String classpath, boolean main) {
    try {
      var scratch = Files.createTempDirectory("sluice-app-jar");
      try {
        var file = scratch.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        var classes = Files.createDirectories(scratch.resolve("classes"));
        compile(file, classes, classpath);
        return jar(classes, main ? className : null);
      } finally {
        delete(scratch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(Path source, Path classes, String classpath) {
    var errors = new ByteArrayOutputStream();
    var args =
        List.of(
            "--release",
            "17",
            "-proc:none",
            "-cp",
            classpath,
            "-d",
            classes.toString(),
            source.toString());
    int status =
        ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static byte[] jar(Path classes, String mainClass) throws IOException {
    var manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (mainClass != null) {
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    }
    var bytes = new ByteArrayOutputStream();
    try (var jar = new JarOutputStream(bytes, manifest);
        Stream<Path> tree = Files.walk(classes)) {
      for (var file : tree.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(file));
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (var path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
