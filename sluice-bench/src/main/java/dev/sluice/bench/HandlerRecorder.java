package dev.sluice.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server in the bench JVM that functions call when their handler starts ({@code GET
 * /start?key=K}): it notes {@code System.nanoTime()} on receipt, so that (handler start - PUT sent)
 * is measured on one clock. It also counts every call, the completions of asynchronous invokes.
 */
final class HandlerRecorder implements PutListener, AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile long lastCallAt;
  private LatencySamples sinceSent = new LatencySamples();

  HandlerRecorder() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/start", this::record);
    server.setExecutor(executor);
    server.start();
  }

  /** The URL functions call, {@code ?key=K} appended. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/start";
  }

  @Override
  public void sending(String key) {
    sentAt.put(key, System.nanoTime());
  }

  private void record(HttpExchange exchange) throws IOException {
    long now = System.nanoTime();
    try (exchange) {
      lastCallAt = now;
      calls.incrementAndGet();
      Long sent = sentAt.remove(keyOf(exchange.getRequestURI().getRawQuery()));
      if (sent != null) {
        synchronized (this) {
          sinceSent.add(now - sent);
        }
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static String keyOf(String query) {
    if (query == null || !query.startsWith("key=")) {
      return "";
    }
    return URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8);
  }

  /** Calls since the start (or the last {@link #reset}). */
  int calls() {
    return calls.get();
  }

  /** When the latest call arrived ({@code System.nanoTime()}). */
  long lastCallAt() {
    return lastCallAt;
  }

  /** Waits until {@link #calls} reaches {@code count}, or {@code limit}; true when it did. */
  boolean awaitCalls(int count, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (calls.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return calls.get() >= count;
  }

  /** Waits until every key announced with {@link #sending} was called, or {@code limit}. */
  boolean awaitAll(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return sentAt.isEmpty();
  }

  /** (handler start - PUT sent) since the last reset; forgets keys still awaited, counts calls. */
  synchronized Stats reset() {
    var result = new Stats(sinceSent.toArray());
    sinceSent = new LatencySamples();
    sentAt.clear();
    calls.set(0);
    return result;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
