package dev.sluice.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link BenchMain}.
 *
 * @param quick a short run (under two minutes) instead of the full one
 * @param sections which of {@code s3}, {@code events}, {@code startup}, {@code functions}, {@code
 *     workflows}, {@code topics}, {@code pipelines}, {@code jobs} to run
 * @param out where to write the Markdown report, or null for the console only
 * @param serverJar the server's jar, started as a child process by the start-up benchmark
 * @param workDir where temporary data directories go (raw files and Sluice's on the same disk)
 */
record BenchOptions(boolean quick, Set<String> sections, Path out, Path serverJar, Path workDir) {
  static final List<String> ALL =
      List.of("s3", "events", "startup", "functions", "workflows", "topics", "pipelines", "jobs");
  static final String USAGE =
      "usage: BenchMain [--quick]"
          + " [--only s3|events|startup|functions|workflows|topics|pipelines|jobs]..."
          + " [--out FILE]"
          + " [--server-jar JAR] [--work-dir DIR]";

  static BenchOptions parse(String... args) {
    boolean quick = false;
    Set<String> only = new LinkedHashSet<>();
    Path out = null;
    Path serverJar = Path.of("sluice-server/target/sluice-server.jar");
    Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--only" -> only.addAll(sections(value(args, ++i)));
        case "--out" -> out = Path.of(value(args, ++i));
        case "--server-jar" -> serverJar = Path.of(value(args, ++i));
        case "--work-dir" -> workDir = Path.of(value(args, ++i));
        default -> throw new IllegalArgumentException("Unknown argument " + args[i] + "\n" + USAGE);
      }
    }
    return new BenchOptions(
        quick, only.isEmpty() ? Set.copyOf(ALL) : only, out, serverJar, workDir);
  }

  boolean runs(String section) {
    return sections.contains(section);
  }

  /** How long each measured throughput case runs. */
  Duration measure(long bodyBytes) {
    if (bodyBytes > 1 << 20) {
      return quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
    }
    return quick ? Duration.ofMillis(1500) : Duration.ofSeconds(8);
  }

  /**
   * How long each case runs unmeasured first; zero for none. Every client finishes at least one
   * operation, so a quick run skips warming up the large objects (16 x 64 MiB PUTs take seconds).
   */
  Duration warmup(long bodyBytes) {
    if (bodyBytes > 1 << 20) {
      return quick ? Duration.ZERO : Duration.ofSeconds(2);
    }
    return quick ? Duration.ofMillis(500) : Duration.ofSeconds(2);
  }

  /**
   * How long PUTs and GETs of small objects run before the first measured case, so that the JIT has
   * compiled the request path.
   */
  Duration warmupAtStart() {
    return quick ? Duration.ofSeconds(4) : Duration.ofSeconds(30);
  }

  Duration steadyEvents() {
    return quick ? Duration.ofSeconds(4) : Duration.ofSeconds(20);
  }

  int burstPuts() {
    return quick ? 400 : 2000;
  }

  int startupRuns() {
    return quick ? 3 : 5;
  }

  /** How long each function is invoked unmeasured before its warm Invoke is measured. */
  Duration functionWarmup() {
    return quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
  }

  /** How long each warm Invoke case is measured. */
  Duration functionMeasure() {
    return quick ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
  }

  /** Cold starts per runtime: one after CreateFunction, the others after configuration updates. */
  int coldStarts() {
    return quick ? 3 : 6;
  }

  /** How long PUTs to the bucket that notifies a function are measured. */
  Duration uploadSeconds() {
    return quick ? Duration.ofSeconds(5) : Duration.ofSeconds(20);
  }

  /** How long asynchronous invokes are sent. */
  Duration asyncSeconds() {
    return quick ? Duration.ofSeconds(4) : Duration.ofSeconds(15);
  }

  /** Pass states in the durable chain; every execution enters each. */
  int chainStates() {
    return 50;
  }

  /** STANDARD executions of the chain started at once. */
  int durableExecutions() {
    return quick ? 100 : 1000;
  }

  /** How long StartSyncExecution and its baseline run unmeasured first. */
  Duration expressWarmup() {
    return quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
  }

  /** How long StartSyncExecution and its baseline are measured. */
  Duration expressMeasure() {
    return quick ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
  }

  /** STANDARD executions waiting on a one-day Wait at once. */
  int waitingExecutions() {
    return quick ? 1000 : 10_000;
  }

  /** Measured runs of each job and its baselines, after one unmeasured run. */
  int jobRuns() {
    return quick ? 3 : 10;
  }

  private static List<String> sections(String value) {
    var names = List.of(value.split(","));
    for (var name : names) {
      if (!ALL.contains(name)) {
        throw new IllegalArgumentException("Unknown section " + name + "\n" + USAGE);
      }
    }
    return names;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}
