package dev.sluice.spark.streaming.internal.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a program's stderr on its own thread: forwards lines to our stderr (the step's log), keeps
 * the last lines for a failure report, and counts {@code reporter:counter:group,name,n} lines as
 * Hadoop streaming does ({@code reporter:status:} lines are swallowed).
 */
final class StderrPump {

  private static final int TAIL_LINES = 40;
  private static final int TAIL_CHARS = 8192;

  private final Deque<String> tail = new ArrayDeque<>();
  private final Map<String, Long> counters = new TreeMap<>();
  private final String counterPrefix;
  private final String statusPrefix;
  private final String label;
  private final Thread thread;

  StderrPump(InputStream stderr, String reporterPrefix, String label) {
    this.counterPrefix = reporterPrefix + "counter:";
    this.statusPrefix = reporterPrefix + "status:";
    this.label = label;
    this.thread = Thread.ofPlatform().daemon().name(label + "-stderr").start(() -> pump(stderr));
  }

  private void pump(InputStream stderr) {
    PrintStream out = System.err;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith(counterPrefix)) {
          count(line.substring(counterPrefix.length()).strip());
        } else if (!line.startsWith(statusPrefix)) {
          out.println(label + ": " + line);
          remember(line);
        }
      }
    } catch (IOException e) {
      remember("(stderr unreadable: " + e.getMessage() + ")");
    }
  }

  private void count(String spec) {
    String[] parts = spec.split(",");
    if (parts.length != 3) {
      return;
    }
    try {
      long amount = Long.parseLong(parts[2].strip());
      synchronized (this) {
        counters.merge(parts[0] + "\t" + parts[1], amount, Long::sum);
      }
    } catch (NumberFormatException e) {
      remember("reporter line with a bad amount: " + spec);
    }
  }

  private synchronized void remember(String line) {
    tail.addLast(line);
    if (tail.size() > TAIL_LINES) {
      tail.removeFirst();
    }
  }

  /** Waits for the stream's end (the program exited and closed stderr). */
  void join() throws InterruptedException {
    thread.join();
  }

  /** The last lines the program wrote to stderr. */
  synchronized String tail() {
    String text = String.join("\n", tail);
    return text.length() <= TAIL_CHARS ? text : text.substring(text.length() - TAIL_CHARS);
  }

  /** {@code group<TAB>name} to amount, from reporter lines. */
  synchronized Map<String, Long> counters() {
    return Map.copyOf(counters);
  }
}
