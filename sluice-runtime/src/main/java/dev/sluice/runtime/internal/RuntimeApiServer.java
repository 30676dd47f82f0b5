package dev.sluice.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Lambda Runtime API of one instance, on 127.0.0.1 and a free port: {@code /next} hands out the
 * offered invocation (long poll), {@code /response}, {@code /error} and {@code /init/error} end it,
 * with the status codes Lambda answers (202 accepted; 400 unknown request id; 403 a state the call
 * does not fit; 413 a response over 6 MB).
 */
final class RuntimeApiServer implements AutoCloseable {

  /** Lambda's limit for a synchronous response: 6 MB plus a little. */
  static final int MAX_RESPONSE_BYTES = 6_291_556;

  private static final String BASE = "/2018-06-01/runtime/";

  private final HttpServer http;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final BlockingQueue<Dispatch> offered = new LinkedBlockingQueue<>();
  private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
  private volatile Dispatch current;
  private final CompletableFuture<Ending.InitFailed> initFailure = new CompletableFuture<>();
  private volatile Ending.InitFailed initError;

  private RuntimeApiServer(HttpServer http) {
    this.http = http;
    http.setExecutor(executor);
    http.createContext(BASE, this::handle);
    http.start();
  }

  static RuntimeApiServer start() throws IOException {
    var address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    return new RuntimeApiServer(HttpServer.create(address, 16));
  }

  /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
  String address() {
    return "127.0.0.1:" + http.getAddress().getPort();
  }

  /** Completes with the time (nanoTime) of the runtime's first {@code /next}: init is done. */
  CompletableFuture<Long> firstPoll() {
    return firstPoll;
  }

  /** Completes when the runtime posts an init error. */
  CompletableFuture<Ending.InitFailed> initFailure() {
    return initFailure;
  }

  void offer(Dispatch dispatch) {
    var failed = initError;
    if (failed != null) {
      dispatch.ending.complete(failed);
      return;
    }
    offered.add(dispatch);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var path = exchange.getRequestURI().getPath().substring(BASE.length());
      var method = exchange.getRequestMethod();
      if (path.equals("invocation/next") && method.equals("GET")) {
        next(exchange);
      } else if (path.equals("init/error") && method.equals("POST")) {
        initError(exchange);
      } else if (path.startsWith("invocation/") && method.equals("POST")) {
        invocationResult(exchange, path.substring("invocation/".length()));
      } else {
        send(exchange, 404, ErrorBodies.of("UnknownResource", "Unknown API"));
      }
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    firstPoll.complete(System.nanoTime());
    Dispatch dispatch;
    try {
      dispatch = offered.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    var deadline = System.currentTimeMillis() + dispatch.timeout.toMillis();
    current = dispatch;
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Lambda-Runtime-Aws-Request-Id", dispatch.requestId());
    headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", dispatch.functionArn);
    headers.set("Lambda-Runtime-Trace-Id", dispatch.traceId);
    var clientContext = dispatch.invocation.clientContext();
    if (clientContext != null) {
      headers.set("Lambda-Runtime-Client-Context", decoded(clientContext));
    }
    dispatch.deliveredAt = System.nanoTime();
    dispatch.delivered.complete(deadline);
    send(exchange, 200, dispatch.invocation.payload());
  }

  private void invocationResult(HttpExchange exchange, String rest) throws IOException {
    var slash = rest.indexOf('/');
    var kind = slash < 0 ? "" : rest.substring(slash + 1);
    if (!kind.equals("response") && !kind.equals("error")) {
      send(exchange, 404, ErrorBodies.of("UnknownResource", "Unknown API"));
      return;
    }
    var dispatch = current;
    if (dispatch == null || !dispatch.requestId().equals(rest.substring(0, slash))) {
      send(exchange, 400, ErrorBodies.of("InvalidRequestID", "Invalid request ID"));
      return;
    }
    if (dispatch.ending.isDone()) {
      send(exchange, 403, notAllowed());
      return;
    }
    var body = readAtMost(exchange.getRequestBody(), MAX_RESPONSE_BYTES);
    if (body == null) {
      dispatch.ending.complete(tooLarge());
      send(exchange, 413, ErrorBodies.of("RequestEntityTooLarge", exceeded()));
      return;
    }
    var errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
    dispatch.ending.complete(
        kind.equals("response") ? new Ending.Replied(body) : ErrorBodies.posted(body, errorType));
    send(exchange, 202, accepted());
  }

  private void initError(HttpExchange exchange) throws IOException {
    if (firstPoll.isDone() || initError != null) {
      send(exchange, 403, notAllowed());
      return;
    }
    var body = readAtMost(exchange.getRequestBody(), MAX_RESPONSE_BYTES);
    var errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
    var posted = ErrorBodies.posted(body == null ? new byte[0] : body, errorType);
    var failed = new Ending.InitFailed(posted.payload(), posted.errorType());
    initError = failed;
    initFailure.complete(failed);
    for (Dispatch waiting; (waiting = offered.poll()) != null; ) {
      waiting.ending.complete(failed);
    }
    send(exchange, 202, accepted());
  }

  private static Ending.Errored tooLarge() {
    var message =
        "Response payload size exceeded maximum allowed payload size ("
            + MAX_RESPONSE_BYTES
            + " bytes).";
    return new Ending.Errored(
        ErrorBodies.of("Function.ResponseSizeTooLarge", message), "Function.ResponseSizeTooLarge");
  }

  private static String exceeded() {
    return "Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).";
  }

  private static byte[] notAllowed() {
    return ErrorBodies.of("InvalidStateTransition", "State transition is not allowed");
  }

  private static byte[] accepted() {
    return "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
  }

  private static String decoded(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return base64;
    }
  }

  /** The body, or null when it is longer than {@code limit}. */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    var bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? null : bytes;
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange
        .getResponseHeaders()
        .putIfAbsent("Content-Type", java.util.List.of("application/json"));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }
}
