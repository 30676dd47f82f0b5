package dev.sluice.server;

import dev.sluice.aws.gateway.RoutingGateway;
import dev.sluice.server.internal.admin.AdminRoutes;
import dev.sluice.server.internal.http.JettyServer;
import dev.sluice.server.internal.http.RequestIds;
import dev.sluice.server.internal.http.RequestMetrics;
import dev.sluice.server.internal.http.SluiceHandler;
import dev.sluice.server.internal.mail.MailTransports;
import dev.sluice.server.internal.wiring.Background;
import dev.sluice.server.internal.wiring.Metrics;
import dev.sluice.server.internal.wiring.StartChecks;
import dev.sluice.server.internal.wiring.Warmup;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sluice in one process: {@code Sluice.create(config).start()} serves every AWS API Sluice speaks
 * on one port until the returned {@link RunningSluice} is closed.
 */
public final class Sluice {
  private static final Logger log = LoggerFactory.getLogger(Sluice.class);

  private final SluiceConfig config;
  private final ServiceWiring wiring;

  private Sluice(SluiceConfig config, ServiceWiring wiring) {
    this.config = config;
    this.wiring = wiring;
  }

  public static Sluice create(SluiceConfig config) {
    return new Sluice(config, ServiceRegistry::wire);
  }

  /** A Sluice whose services come from {@code wiring} instead of {@link ServiceRegistry}. */
  public static Sluice create(SluiceConfig config, ServiceWiring wiring) {
    return new Sluice(config, wiring);
  }

  /**
   * Opens the services and starts listening.
   *
   * @throws SluiceStartException when the configuration is refused or the port is taken
   */
  public RunningSluice start() {
    long started = System.nanoTime();
    // The first log call also sets up logging, before other threads could race to do it.
    log.debug("Starting on {} port {}", config.bindAddress(), config.port());
    StartChecks.checkBind(config);
    var dataDir = StartChecks.prepareDataDir(config.dataDir());
    var http = Background.supply("sluice-http-setup", () -> httpServer(config));
    var services = wiring.wire(config.withDataDir(dataDir));
    try {
      var ready = new AtomicBoolean();
      var server = Background.join(http);
      server.start(handler(services, ready, dataDir));
      services.onListening().accept(localEndpoint(config.bindAddress(), server.port()));
      ready.set(true);
      Warmup.startInBackground();
      var startup = Duration.ofNanos(System.nanoTime() - started);
      return new RunningSluice(
          server, services.resources(), config.bindAddress(), dataDir, startup, services.logs());
    } catch (RuntimeException | Error e) {
      services.resources().forEach(RunningSluice::closeQuietly);
      throw e;
    }
  }

  /** How processes on this machine reach the server: a wildcard bind is reached on loopback. */
  private static URI localEndpoint(String bindAddress, int port) {
    String host =
        switch (bindAddress) {
          case "0.0.0.0", "::", "[::]", "" -> "127.0.0.1";
          default ->
              bindAddress.contains(":") && !bindAddress.startsWith("[")
                  ? "[" + bindAddress + "]"
                  : bindAddress;
        };
    return URI.create("http://" + host + ":" + port);
  }

  private static JettyServer httpServer(SluiceConfig config) {
    return JettyServer.create(config.bindAddress(), config.port());
  }

  private static SluiceHandler handler(Services services, AtomicBoolean ready, Path dataDir) {
    var registry = Metrics.startCreating();
    var gateway =
        new RoutingGateway(services.authenticator(), services.endpoints(), RequestIds::forService);
    var admin =
        new AdminRoutes(
            ready::get,
            registry,
            services.events(),
            services.functionCode(),
            services.clock(),
            MailTransports.mailbox(dataDir, services.clock()::now),
            services.topics(),
            services.snsSigningKey());
    return new SluiceHandler(gateway, admin, new RequestMetrics(registry));
  }
}
