package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JDK that Hadoop 3.4 runs on: Hadoop's {@code UserGroupInformation} calls {@code
 * Subject.getSubject}, which JDK 23 and newer refuse ("getSubject is not supported"). The one named
 * by {@value #VARIABLE}, else the newest JDK 11 to 22 under {@code /usr/lib/jvm}.
 */
final class OlderJdk {
  static final String VARIABLE = "SLUICE_BENCH_HADOOP_JAVA_HOME";
  private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)");
  private static final int NEWEST = 22;
  private static final int OLDEST = 11;

  private OlderJdk() {}

  static Optional<Path> find() throws IOException {
    var named = System.getenv(VARIABLE);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named));
    }
    var jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    List<Path> homes;
    try (Stream<Path> listed = Files.list(jvms)) {
      homes = listed.filter(home -> Files.isExecutable(home.resolve("bin/java"))).toList();
    }
    return homes.stream()
        .filter(home -> major(home) >= OLDEST && major(home) <= NEWEST)
        .max(Comparator.comparingInt(OlderJdk::major).thenComparing(Path::toString));
  }

  /** The feature version in the JDK's {@code release} file, 0 when unreadable. */
  static int major(Path home) {
    try {
      var matcher = VERSION.matcher(Files.readString(home.resolve("release")));
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
