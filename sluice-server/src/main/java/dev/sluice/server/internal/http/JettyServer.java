package dev.sluice.server.internal.http;

import dev.sluice.server.SluiceStartException;
import java.net.BindException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty set up for S3: requests are handled on virtual threads, any path is accepted and left as
 * sent (encoded slashes, {@code //}, {@code ..} are parts of keys, even where they climb above the
 * root, see {@link RawTargetConnection}), headers up to 64 KiB, no Server header, no body size
 * limit of its own, and what Jetty refuses itself is answered with S3's XML errors ({@link
 * XmlErrorHandler}). Stopping waits for requests in flight.
 */
public final class JettyServer implements AutoCloseable {
  private static final int HEADER_LIMIT = 64 * 1024;
  private static final long IDLE_TIMEOUT_MS = 120_000;
  private static final long STOP_TIMEOUT_MS = 10_000;
  private static final String REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  static {
    skipJettysMBeanLookUp();
  }

  private final Server server;
  private final ServerConnector connector;

  private JettyServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Builds the server for {@code bindAddress:port} without binding it. Building takes about a tenth
   * of a second (Jetty's MIME tables list every locale the JDK knows), so Sluice does it while the
   * store opens; {@link #start} then binds the port and serves.
   */
  public static JettyServer create(String bindAddress, int port) {
    var threads = new QueuedThreadPool();
    threads.setName("sluice-http");
    threads.setVirtualThreadsExecutor(
        VirtualThreads.getNamedVirtualThreadsExecutor("sluice-request"));
    var server = new Server(threads);
    var connector =
        new ServerConnector(server, new RawTargetConnectionFactory(httpConfiguration()));
    connector.setHost(bindAddress);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    server.addConnector(connector);
    server.setErrorHandler(new XmlErrorHandler(HEADER_LIMIT));
    server.setStopTimeout(STOP_TIMEOUT_MS);
    server.setStopAtShutdown(false);
    return new JettyServer(server, connector);
  }

  /**
   * Binds the port and serves {@code handler}.
   *
   * @throws SluiceStartException when the port is taken or Jetty does not start
   */
  public void start(Handler handler) {
    server.setHandler(new GracefulHandler(handler));
    startOrExplain(connector.getHost(), connector.getPort());
  }

  /**
   * Jetty sizes the padding of its queues by the size of an object reference, which it asks the
   * platform MBean server for unless told: creating that server registers every platform MXBean
   * (Flight Recorder's among them) and took about a tenth of a second of start-up. References are 4
   * bytes with compressed oops, which the JVM uses for heaps under 32 GiB.
   */
  private static void skipJettysMBeanLookUp() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      boolean compressedOops = Runtime.getRuntime().maxMemory() < (32L << 30);
      System.setProperty(REFERENCES_PER_CACHE_LINE, compressedOops ? "16" : "8");
    }
  }

  private static HttpConfiguration httpConfiguration() {
    var http = new HttpConfiguration();
    http.setUriCompliance(UriCompliance.UNSAFE);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setSendDateHeader(true);
    http.setRequestHeaderSize(HEADER_LIMIT);
    http.setResponseHeaderSize(HEADER_LIMIT);
    // Header values reach SigV4 exactly as sent: a case-insensitive cache would turn a signed
    // "text/plain; charset=UTF-8" into Jetty's cached "text/plain; charset=utf-8".
    http.setHeaderCacheCaseSensitive(true);
    // SigV4 makes most header values unique (x-amz-date, Authorization): a header cache would fill
    // and be cleared over and over, which costs more than it saves.
    http.setHeaderCacheSize(0);
    return http;
  }

  private void startOrExplain(String bindAddress, int port) {
    try {
      server.start();
    } catch (Exception e) {
      close();
      if (causedBy(e, BindException.class)) {
        throw new SluiceStartException(
            "Port " + port + " on " + bindAddress + " is already in use (or not available).", e);
      }
      throw new SluiceStartException("Could not start the HTTP server: " + e.getMessage(), e);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (var t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The port Jetty listens on (the chosen one when started with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop cleanly", e);
    }
  }
}
