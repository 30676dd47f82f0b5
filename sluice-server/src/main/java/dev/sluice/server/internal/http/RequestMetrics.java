package dev.sluice.server.internal.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Counts and times HTTP requests by service and status. */
public final class RequestMetrics {
  private final Supplier<? extends MeterRegistry> registry;

  public RequestMetrics(Supplier<? extends MeterRegistry> registry) {
    this.registry = registry;
  }

  void record(String service, int status, long nanos) {
    var serviceTag = service == null ? "none" : service;
    var statusTag = Integer.toString(status);
    Counter.builder("sluice.http.requests")
        .description("HTTP requests handled")
        .tag("service", serviceTag)
        .tag("status", statusTag)
        .register(registry.get())
        .increment();
    Timer.builder("sluice.http.request.duration")
        .description("Time from request headers to the last response byte")
        .tag("service", serviceTag)
        .tag("status", statusTag)
        .register(registry.get())
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
