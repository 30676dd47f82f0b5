package dev.sluice.core.workflows.engine;

import dev.sluice.asl.StateMachine;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One execution in flight on this node: its machine, its event counter and the threads working on
 * it. All its writes go through {@link #commit} so that nothing is written once it has ended.
 */
final class Run {
  private final StateMachine machine;
  private final Journal journal;
  private final AtomicLong ids;
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<ExecutionRecord> ended = new CompletableFuture<>();
  private final Set<String> live = new HashSet<>();
  private final List<String> forgotten = new ArrayList<>();
  private final Map<String, ExecutionFrame> resumed = new ConcurrentHashMap<>();
  private volatile ExecutionRecord record;

  private final boolean synchronous;

  Run(ExecutionRecord record, StateMachine machine, Journal journal, long lastEventId) {
    this(record, machine, journal, lastEventId, false);
  }

  /**
   * @param synchronous a StartSyncExecution run (its context object has no RedriveCount)
   */
  Run(
      ExecutionRecord record,
      StateMachine machine,
      Journal journal,
      long lastEventId,
      boolean synchronous) {
    this.synchronous = synchronous;
    this.record = record;
    this.machine = machine;
    this.journal = journal;
    this.ids = new AtomicLong(lastEventId);
  }

  /** Remembers the frames found at resume (and that they are stored). */
  void resumeFrom(List<ExecutionFrame> frames) {
    frames.forEach(
        frame -> {
          resumed.put(frame.scope(), frame);
          live.add(frame.scope());
        });
  }

  boolean synchronous() {
    return synchronous;
  }

  ExecutionRecord record() {
    return record;
  }

  StateMachine machine() {
    return machine;
  }

  String arn() {
    return record.arn();
  }

  long nextId() {
    return ids.incrementAndGet();
  }

  /** Completes with the ended record. */
  CompletableFuture<ExecutionRecord> ended() {
    return ended;
  }

  /** Writes one step; throws {@link RunEnded} if the execution has ended. */
  void commit(List<HistoryEvent> events, List<ExecutionFrame> frames, List<String> dropped) {
    commit(new Progress(arn(), events, frames, dropped, List.of(), null));
  }

  /** Writes a step (with any scopes {@link #forget forgotten} since the last one). */
  void commit(Progress progress) {
    synchronized (this) {
      if (ended.isDone()) {
        throw new RunEnded();
      }
      Progress full = progress;
      if (!forgotten.isEmpty()) {
        List<String> dropped = new ArrayList<>(progress.dropped());
        dropped.addAll(forgotten);
        full =
            new Progress(
                arn(),
                progress.events(),
                progress.frames(),
                dropped,
                progress.callbacks(),
                progress.record());
      }
      journal.commit(full);
      forgotten.clear();
      full.frames().forEach(frame -> live.add(frame.scope()));
      live.removeAll(full.dropped());
    }
  }

  /** Scopes whose frames go with the next commit (finished children). */
  void forget(List<String> scopes) {
    synchronized (this) {
      forgotten.addAll(scopes);
      scopes.forEach(resumed::remove);
    }
  }

  /** Frames read at resume whose scope starts with {@code prefix}. */
  Map<String, ExecutionFrame> frames(String prefix) {
    Map<String, ExecutionFrame> found = new HashMap<>();
    resumed.forEach(
        (scope, frame) -> {
          if (scope.startsWith(prefix)) {
            found.put(scope, frame);
          }
        });
    return found;
  }

  /**
   * Ends the execution with {@code last} events and record {@code finished}, unless it ended
   * already; interrupts every thread still working on it. Returns whether this call ended it. A
   * succeeded execution's frames are dropped; an unsuccessful one keeps them (finished children
   * included) for a redrive to continue from.
   */
  boolean end(List<HistoryEvent> last, ExecutionRecord finished, List<String> dropped) {
    synchronized (this) {
      if (ended.isDone()) {
        return false;
      }
      List<String> all =
          finished.status() == ExecutionStatus.SUCCEEDED
              ? new ArrayList<>(live)
              : new ArrayList<>();
      all.addAll(dropped);
      journal.commit(new Progress(arn(), last, List.of(), all, List.of(), finished));
      record = finished;
      ended.complete(finished);
    }
    Thread self = Thread.currentThread();
    threads.stream().filter(t -> t != self).forEach(Thread::interrupt);
    return true;
  }

  /** Stops this node's threads on the run without writing anything (shutdown). */
  void abandon() {
    synchronized (this) {
      ended.cancel(false);
    }
    threads.forEach(Thread::interrupt);
  }

  /** Whether this node let the run go without ending it ({@link #abandon}). */
  boolean abandoned() {
    return ended.isCancelled();
  }

  /** Runs {@code work} on a new virtual thread that {@link #end} interrupts. */
  Thread spawn(Runnable work) {
    return Thread.ofVirtual()
        .start(
            () -> {
              threads.add(Thread.currentThread());
              try {
                if (!ended.isDone()) {
                  work.run();
                }
              } catch (RunEnded ignored) {
                // the execution ended elsewhere; nothing more to write
              } finally {
                threads.remove(Thread.currentThread());
              }
            });
  }
}
