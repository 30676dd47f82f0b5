package dev.sluice.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;

/**
 * The jobs section's jobs. A Java main whose first statement takes the time, which it prints as
 * {@code main entered at <epoch ms>}; given {@code --bench-mode spark} it then runs the empty Spark
 * job (a SparkSession, {@code spark.range(1).count()}, stopped again), else it returns. It is
 * compiled here against Spark's classpath and put into a jar. And a Python shell script whose first
 * line prints the same line.
 */
final class EmptyJob {
  static final String MAIN = "bench.EmptyJob";
  static final String MODE = "--bench-mode";
  static final String SPARK = "spark";
  static final String NONE = "none";

  static final String PYTHON_SCRIPT =
      """
      import time; print("main entered at %d" % (time.time_ns() // 1000000), flush=True)
      """;

  private static final String SOURCE =
      """
      package bench;

      import org.apache.spark.sql.SparkSession;

      public class EmptyJob {
        public static void main(String[] args) {
          long entered = System.currentTimeMillis();
          System.out.print("main entered at ");
          System.out.println(entered);
          System.out.flush();
          for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--bench-mode") && args[i + 1].equals("spark")) {
              SparkSession spark = SparkSession.builder().getOrCreate();
              spark.range(1).count();
              spark.stop();
            }
          }
        }
      }
      """;

  private EmptyJob() {}

  /** Compiles the main against {@code classpath} and writes {@code <dir>/empty-job.jar}. */
  static Path jar(SparkClasspath classpath, Path dir) throws IOException {
    var sources = Files.createDirectories(dir.resolve("src/bench"));
    var classes = Files.createDirectories(dir.resolve("classes"));
    var source = Files.writeString(sources.resolve("EmptyJob.java"), SOURCE);
    var compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IOException("The jobs section compiles its job: run the bench on a JDK");
    }
    var errors = new StringWriter();
    var options = List.of("-cp", classpath.joined(), "-d", classes.toString(), "-proc:none");
    try (var files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      var units = files.getJavaFileObjects(source);
      if (!compiler.getTask(errors, files, null, options, null, units).call()) {
        throw new IOException("The empty job did not compile:\n" + errors);
      }
    }
    var jar = dir.resolve("empty-job.jar");
    var manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN);
    try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry("bench/EmptyJob.class"));
      out.write(Files.readAllBytes(classes.resolve("bench/EmptyJob.class")));
      out.closeEntry();
    }
    return jar;
  }

  /** Writes the Python shell script to {@code <dir>/first_line.py}. */
  static Path pythonScript(Path dir) throws IOException {
    return Files.writeString(Files.createDirectories(dir).resolve("first_line.py"), PYTHON_SCRIPT);
  }
}
