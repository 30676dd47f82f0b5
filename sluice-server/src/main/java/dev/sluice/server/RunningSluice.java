package dev.sluice.server;

import dev.sluice.core.logs.LogSink;
import dev.sluice.server.internal.http.JettyServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started Sluice. {@link #close()} stops the server, then closes the services' resources. */
public final class RunningSluice implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningSluice.class);

  private final JettyServer server;
  private final List<AutoCloseable> resources;
  private final URI endpoint;
  private final Path dataDir;
  private final Duration startupTime;
  private final LogSink logs;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  RunningSluice(
      JettyServer server,
      List<AutoCloseable> resources,
      String bindAddress,
      Path dataDir,
      Duration startupTime,
      LogSink logs) {
    this.server = server;
    this.resources = resources;
    this.endpoint = endpointOf(bindAddress, server.port());
    this.dataDir = dataDir;
    this.startupTime = startupTime;
    this.logs = logs;
  }

  /** Where clients reach this Sluice, e.g. {@code http://127.0.0.1:4566}. */
  public URI endpoint() {
    return endpoint;
  }

  public int port() {
    return endpoint.getPort();
  }

  /** The absolute data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** How long {@link Sluice#start()} took. */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * Where function and job logs are written: groups and streams appear on first use and are read
   * through the CloudWatch Logs API ({@code aws logs tail}, {@code sluice logs}).
   */
  public LogSink logs() {
    return logs;
  }

  /** Blocks until {@link #close()} has finished (from another thread or a shutdown hook). */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /** Stops accepting requests, lets those in flight finish, then closes the resources in order. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      awaitQuietly();
      return;
    }
    try {
      closeQuietly(server);
      resources.forEach(RunningSluice::closeQuietly);
    } finally {
      closed.countDown();
    }
  }

  private void awaitQuietly() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      log.warn("Closing {} failed: {}", resource, e.toString(), e);
    }
  }

  private static URI endpointOf(String bindAddress, int port) {
    var host = bindAddress;
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      host = "127.0.0.1";
    } else if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port);
  }
}
