package dev.sluice.server.internal.wiring;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The Prometheus registry of one Sluice, with the JVM's memory and thread meters. It is built on a
 * background thread while the HTTP server starts (loading Micrometer takes a noticeable part of
 * startup); the first request that records a meter waits for it if needed.
 */
public final class Metrics implements Supplier<PrometheusMeterRegistry> {
  private final CompletableFuture<PrometheusMeterRegistry> registry;

  private Metrics(CompletableFuture<PrometheusMeterRegistry> registry) {
    this.registry = registry;
  }

  public static Metrics startCreating() {
    return new Metrics(
        CompletableFuture.supplyAsync(Metrics::create, task -> Thread.ofVirtual().start(task)));
  }

  @Override
  public PrometheusMeterRegistry get() {
    return registry.join();
  }

  private static PrometheusMeterRegistry create() {
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    return registry;
  }
}
