package dev.sluice.runtime.internal;

import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import dev.sluice.core.result.Result;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instances of every function: idle ones per {@link SpecKey}, reused most recently used first;
 * a new one when none is idle, up to {@code maxInstances} per spec: beyond that an invocation waits
 * for one to come free (at most the function's timeout, then it starts one anyway), so a burst of
 * events runs on a few warm instances instead of starting a process per event on a small machine.
 * Retiring a function bumps its generation, so instances started before are stopped instead of
 * kept.
 */
public final class InstancePool {

  private final InstanceStarter starter;
  private final Duration idleTimeout;
  private final Map<SpecKey, ArrayDeque<Instance>> idle = new HashMap<>();
  private final Set<Instance> busy = new HashSet<>();
  private final Map<String, Long> generations = new HashMap<>();
  private final Map<SpecKey, Integer> live = new HashMap<>();
  private final int maxInstances;
  private boolean closed;

  public InstancePool(InstanceStarter starter, Duration idleTimeout, int maxInstances) {
    this.starter = starter;
    this.idleTimeout = idleTimeout;
    this.maxInstances = maxInstances;
  }

  /** Runs {@code invocation} on a warm instance of {@code spec} or a new one. */
  public InvocationOutcome invoke(InstanceSpec spec, Invocation invocation) {
    var acquired = acquire(spec);
    if (!acquired.isOk()) {
      var failure = acquired.failure();
      var payload = ErrorBodies.of(failure.code(), failure.message());
      return new InvocationOutcome.Failed(
          payload, failure.code(), invocation.tailLog() ? "" : null);
    }
    var instance = acquired.value();
    try {
      return instance.invoke(invocation);
    } finally {
      release(instance);
    }
  }

  private Result<Instance> acquire(InstanceSpec spec) {
    var key = SpecKey.of(spec);
    long generation;
    synchronized (this) {
      long deadline = System.nanoTime() + spec.timeout().toNanos();
      while (true) {
        var warm = idle.get(key);
        while (warm != null && !warm.isEmpty()) {
          var instance = warm.pop();
          if (instance.alive()) {
            busy.add(instance);
            return Result.ok(instance);
          }
          gone(key);
        }
        long remaining = deadline - System.nanoTime();
        if (closed || live.getOrDefault(key, 0) < maxInstances || remaining <= 0) {
          break;
        }
        waitUpTo(remaining);
      }
      live.merge(key, 1, Integer::sum);
      generation = generations.getOrDefault(spec.functionName(), 0L);
    }
    var started = starter.start(spec, generation);
    synchronized (this) {
      if (started.isOk()) {
        busy.add(started.value());
      } else {
        gone(key);
      }
    }
    return started;
  }

  /** One instance of {@code key} less (stopped, died or never started); wakes waiting callers. */
  private void gone(SpecKey key) {
    live.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
    notifyAll();
  }

  private void waitUpTo(long nanos) {
    try {
      wait(Math.max(1, nanos / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void release(Instance instance) {
    synchronized (this) {
      busy.remove(instance);
      var current = generations.getOrDefault(instance.key.functionName(), 0L);
      if (!closed && instance.alive() && instance.generation == current) {
        instance.markIdle();
        idle.computeIfAbsent(instance.key, key -> new ArrayDeque<>()).push(instance);
        notifyAll();
        return;
      }
      gone(instance.key);
    }
    instance.stop();
  }

  public void retire(String functionName) {
    var stopping = new ArrayList<Instance>();
    synchronized (this) {
      generations.merge(functionName, 1L, Long::sum);
      idle.entrySet()
          .removeIf(
              entry -> {
                if (entry.getKey().functionName().equals(functionName)) {
                  stopping.addAll(entry.getValue());
                  entry.getValue().forEach(instance -> gone(instance.key));
                  return true;
                }
                return false;
              });
    }
    stopping.forEach(Instance::stop);
  }

  /** Stops instances idle for longer than the idle timeout. */
  public void reap() {
    var stopping = new ArrayList<Instance>();
    var limit = System.nanoTime() - idleTimeout.toNanos();
    synchronized (this) {
      for (var instances : idle.values()) {
        instances.removeIf(
            instance -> {
              var stale = instance.idleSince() - limit < 0 || !instance.alive();
              if (stale) {
                stopping.add(instance);
                gone(instance.key);
              }
              return stale;
            });
      }
      idle.values().removeIf(ArrayDeque::isEmpty);
    }
    stopping.forEach(Instance::stop);
  }

  public void close() {
    List<Instance> stopping = new ArrayList<>();
    synchronized (this) {
      closed = true;
      idle.values().forEach(stopping::addAll);
      idle.clear();
      stopping.addAll(busy);
      live.clear();
      notifyAll();
    }
    stopping.forEach(Instance::stop);
  }
}
