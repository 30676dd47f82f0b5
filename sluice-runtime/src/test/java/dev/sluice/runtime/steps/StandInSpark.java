package dev.sluice.runtime.steps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Stand-ins for Spark's SparkSubmit and sluice-spark's StreamingMain (sources under test resources,
 * compiled once per test JVM), to test the launcher without Spark's 3 s start: they speak the same
 * command line and file protocol, and report what they were given on stdout.
 */
final class StandInSpark {

  static final Path DIR = Path.of("target", "standin-spark").toAbsolutePath();

  /** The stand-in sluice-spark.jar (with the stand-in SparkSubmit inside). */
  static final Path SPARK_JAR = DIR.resolve("standin-spark.jar");

  /** An application jar without Main-Class: demo.Args. */
  static final Path APP_JAR = DIR.resolve("app.jar");

  /** The same application with Main-Class: demo.Args. */
  static final Path APP_MAIN_JAR = DIR.resolve("app-main.jar");

  private static boolean built;

  private StandInSpark() {}

  static synchronized void build() {
    if (built) {
      return;
    }
    try {
      var classes = Files.createDirectories(DIR.resolve("classes"));
      compile(classes, List.of("SparkSubmit", "StreamingMain", "Args"));
      jar(
          SPARK_JAR,
          classes,
          List.of(
              "org/apache/spark/deploy/SparkSubmit.class", "dev/sluice/spark/StreamingMain.class"),
          null);
      jar(APP_JAR, classes, List.of("demo/Args.class"), null);
      jar(APP_MAIN_JAR, classes, List.of("demo/Args.class"), "demo.Args");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    built = true;
  }

  /**
   * Settings that run the stand-ins on {@code local[2]} with 512m, work under {@code workRoot},
   * without a class data archive.
   */
  static SparkSettings settings(Path workRoot, RecordedLogs logs) {
    build();
    return new SparkSettings(
        Path.of(System.getProperty("java.home")),
        List.of(SPARK_JAR),
        "local[2]",
        "512m",
        workRoot,
        logs,
        java.time.Instant::now,
        null);
  }

  /** The values of the lines {@code "<tag> <url-encoded value>"} in {@code messages}. */
  static List<String> reported(List<String> messages, String tag) {
    return messages.stream()
        .filter(line -> line.startsWith(tag + " "))
        .map(line -> URLDecoder.decode(line.substring(tag.length() + 1), StandardCharsets.UTF_8))
        .toList();
  }

  private static void compile(Path classes, List<String> names) throws IOException {
    var sources = new java.util.ArrayList<JavaFileObject>();
    for (var name : names) {
      sources.add(source(name));
    }
    var compiler = ToolProvider.getSystemJavaCompiler();
    var options = List.of("-d", classes.toString(), "--release", "17", "-proc:none");
    if (!compiler.getTask(null, null, null, options, null, sources).call()) {
      throw new IllegalStateException("the stand-in sources do not compile");
    }
  }

  private static JavaFileObject source(String name) throws IOException {
    String text;
    try (InputStream in = StandInSpark.class.getResourceAsStream("standin/" + name + ".java.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  private static void jar(Path jar, Path classes, List<String> entries, String mainClass)
      throws IOException {
    var manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (mainClass != null) {
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    }
    try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      for (var entry : entries) {
        out.putNextEntry(new JarEntry(entry));
        out.write(Files.readAllBytes(classes.resolve(entry)));
        out.closeEntry();
      }
    }
  }
}
