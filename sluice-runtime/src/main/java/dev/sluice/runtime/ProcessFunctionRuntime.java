package dev.sluice.runtime;

import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import dev.sluice.runtime.internal.InstancePool;
import dev.sluice.runtime.internal.InstanceStarter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs functions as local processes, one per instance, each speaking the Lambda Runtime API to a
 * server of its own on the loopback interface. Node.js, Python and {@code provided} runtimes are
 * supported; Sluice's own bootstraps run Node.js and Python handlers.
 */
public final class ProcessFunctionRuntime implements FunctionRuntime {

  private final InstancePool pool;
  private final ScheduledExecutorService reaper;

  public ProcessFunctionRuntime(RuntimeSettings settings) {
    this.pool =
        new InstancePool(
            new InstanceStarter(settings),
            settings.idleTimeout(),
            settings.maxInstancesPerFunction());
    this.reaper =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("function-instance-reaper").factory());
    var period = reapPeriod(settings.idleTimeout()).toMillis();
    reaper.scheduleWithFixedDelay(pool::reap, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public InvocationOutcome invoke(InstanceSpec spec, Invocation invocation) {
    return pool.invoke(spec, invocation);
  }

  @Override
  public void retire(String functionName) {
    pool.retire(functionName);
  }

  @Override
  public void close() {
    reaper.shutdownNow();
    pool.close();
  }

  private static Duration reapPeriod(Duration idleTimeout) {
    var half = idleTimeout.dividedBy(2);
    var max = Duration.ofSeconds(30);
    return half.compareTo(max) > 0 ? max : half.isZero() ? Duration.ofMillis(100) : half;
  }
}
