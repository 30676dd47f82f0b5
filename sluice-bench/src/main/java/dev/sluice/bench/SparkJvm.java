package dev.sluice.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The flags Sluice's launcher starts a Spark JVM with, before the main class: the classpath, a 1
 * GiB heap, Spark's module openings, its temporary directory, and the class data archive when one
 * is given.
 */
final class SparkJvm {
  static final String HEAP = "-Xmx1024m";
  static final String SUBMIT = "org.apache.spark.deploy.SparkSubmit";

  private static final List<String> OPENED =
      List.of(
          "java.lang",
          "java.lang.invoke",
          "java.lang.reflect",
          "java.io",
          "java.net",
          "java.nio",
          "java.util",
          "java.util.concurrent",
          "java.util.concurrent.atomic",
          "jdk.internal.ref",
          "sun.nio.ch",
          "sun.nio.cs",
          "sun.util.calendar");

  private SparkJvm() {}

  static List<String> flags(String classpath, Path classData, Path tmp) {
    var args = new ArrayList<String>();
    args.add("-XX:+IgnoreUnrecognizedVMOptions");
    if (classData != null) {
      args.add("-XX:SharedArchiveFile=" + classData);
      args.add("-Xlog:cds=off");
    }
    args.add("-cp");
    args.add(classpath);
    args.add(HEAP);
    OPENED.forEach(name -> args.add("--add-opens=java.base/" + name + "=ALL-UNNAMED"));
    args.add("--enable-native-access=ALL-UNNAMED");
    args.add("--sun-misc-unsafe-memory-access=allow");
    args.add("-Djava.io.tmpdir=" + tmp);
    return args;
  }

  /** This JVM's {@code java}, which the embedded Sluice starts its Spark JVMs with too. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
