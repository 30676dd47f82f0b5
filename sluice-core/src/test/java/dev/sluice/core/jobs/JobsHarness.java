package dev.sluice.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.jobs.internal.CatalogJobService;
import dev.sluice.core.jobs.run.JobRunner;
import dev.sluice.core.jobs.run.JobRunnerSettings;
import dev.sluice.core.jobs.run.RunEndings;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The jobs service and a runner on a memory catalog, a manual clock and a scripted launcher. Events
 * are delivered when the test says, each on a thread of its own (a delivery lasts as long as its
 * run).
 */
public final class JobsHarness {
  public static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  /** A log line the runner wrote. */
  public record LogLine(String group, String stream, String message) {}

  public final MemoryJobCatalog catalog = new MemoryJobCatalog();
  public final ManualClock clock = new ManualClock(START);
  public final RunEndings endings = new RunEndings();
  public final ScriptedLauncher launcher = new ScriptedLauncher();
  public final AtomicInteger signals = new AtomicInteger();
  public final List<LogLine> logLines = new CopyOnWriteArrayList<>();
  public final JobService service =
      new CatalogJobService(catalog, clock, signals::incrementAndGet, endings);
  public final JobRunner runner = newRunner();
  private final AtomicLong eventIds = new AtomicLong();
  private int delivered;

  /** A runner of its own, as on a Sluice started anew; it looks at runs every 20 ms. */
  public JobRunner newRunner() {
    LogSink logs =
        (group, stream, events) -> {
          for (LogEvent event : events) {
            logLines.add(new LogLine(group, stream, event.message()));
          }
        };
    var settings = new JobRunnerSettings(Duration.ofMillis(20), Duration.ofMillis(20));
    return new JobRunner(
        catalog, launcher, clock, logs, signals::incrementAndGet, endings, settings);
  }

  public String create(JobBuilder job) {
    return ok(service.createJob(job.build()));
  }

  public String start(String jobName, Map<String, String> arguments) {
    return ok(service.startJobRun(NewJobRun.of(jobName, arguments)));
  }

  /** Delivers every event committed since the last call to {@code runner}, in the background. */
  public synchronized List<CompletableFuture<Result<Void>>> deliverNew(JobRunner runner) {
    var events = catalog.events();
    var started =
        events.subList(delivered, events.size()).stream()
            .map(event -> deliver(runner, event))
            .toList();
    delivered = events.size();
    return started;
  }

  public List<CompletableFuture<Result<Void>>> deliverNew() {
    return deliverNew(runner);
  }

  /** Delivers {@code event} to {@code runner} on a thread of its own. */
  public CompletableFuture<Result<Void>> deliver(JobRunner runner, NewEvent event) {
    var outbox = outboxEvent(event);
    var result = new CompletableFuture<Result<Void>>();
    Thread.ofVirtual().start(() -> result.complete(runner.deliver(outbox)));
    return result;
  }

  /** {@code event} as the outbox delivers it. */
  public OutboxEvent outboxEvent(NewEvent event) {
    return new OutboxEvent(
        eventIds.incrementAndGet(),
        event.service(),
        event.target(),
        event.type(),
        event.payload(),
        clock.now(),
        EventStatus.PENDING,
        1,
        clock.now(),
        null);
  }

  /** The run event of {@code runId}, as StartJobRun committed it. */
  public static NewEvent runEvent(String jobName, String runId) {
    return new NewEvent(JobEvents.SERVICE, jobName, JobEvents.RUN, runId);
  }

  public JobRun run(String jobName, String runId) {
    return catalog.findRun(jobName, runId).orElseThrow();
  }

  /** Waits up to 5 s for the run to be in {@code state}. */
  public JobRun awaitState(String jobName, String runId, JobRunState state) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      var run = catalog.findRun(jobName, runId);
      if (run.isPresent() && run.get().state() == state) {
        return run.get();
      }
      sleep(5);
    }
    return fail("run %s is %s, not %s", runId, catalog.findRun(jobName, runId), state);
  }

  /** The delivery's outcome, waiting up to 5 s for it. */
  public static Result<Void> outcome(CompletableFuture<Result<Void>> delivery) {
    try {
      return delivery.get(5, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      return fail("the delivery did not end", e);
    }
  }

  public static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
