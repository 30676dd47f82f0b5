package dev.sluice.server;

import dev.sluice.aws.auth.AuthSettings;
import dev.sluice.aws.auth.Credential;
import dev.sluice.aws.auth.SigV4Authenticator;
import dev.sluice.aws.lambda.LambdaEndpoint;
import dev.sluice.aws.logs.LogsEndpoint;
import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.core.events.DispatcherSettings;
import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventDispatcher;
import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.FunctionTargets;
import dev.sluice.core.functions.internal.CatalogFunctionService;
import dev.sluice.core.logs.internal.StoreLogService;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.internal.CatalogObjectService;
import dev.sluice.core.time.Clock;
import dev.sluice.server.internal.functions.LateSignal;
import dev.sluice.server.internal.functions.ObjectStoreCode;
import dev.sluice.server.internal.functions.UnavailableFunctionRuntime;
import dev.sluice.store.SchemaMismatchException;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place where Sluice's services are created and connected: the store, the services of the
 * core, their AWS endpoints, the event dispatcher and the request authenticator. Everything else in
 * the server only sees the resulting {@link Services}.
 */
public final class ServiceRegistry {
  private ServiceRegistry() {}

  public static Services wire(SluiceConfig config) {
    return wire(config, List.of());
  }

  /**
   * Wires Sluice with additional event consumers (an embedder's own, or a benchmark's no-op one)
   * beside the services' own; an additional consumer of service {@code lambda} replaces the
   * functions service's.
   */
  public static Services wire(SluiceConfig config, List<EventConsumer> extraConsumers) {
    return wire(config, extraConsumers, new UnavailableFunctionRuntime());
  }

  /** Wires Sluice with {@code runtime} running function code; it is closed with the services. */
  public static Services wire(
      SluiceConfig config, List<EventConsumer> extraConsumers, FunctionRuntime runtime) {
    var clock = Clock.system();
    var store = openStore(config, clock);
    try {
      var signal = new LateSignal();
      var objectService = new AtomicReference<ObjectService>();
      var functions =
          new CatalogFunctionService(
              store.functions(),
              store.blobs(),
              new ObjectStoreCode(objectService::get),
              runtime,
              clock,
              signal);
      var consumers = new ArrayList<EventConsumer>(extraConsumers);
      if (consumers.stream().noneMatch(c -> c.service().equals("lambda"))) {
        consumers.add(functions.eventConsumer());
      }
      var dispatcher =
          new EventDispatcher(
              store.outbox(),
              clock,
              List.copyOf(consumers),
              DispatcherSettings.defaults("sluice-" + UUID.randomUUID()));
      signal.connect(dispatcher);
      var objects =
          new CatalogObjectService(
              store.objects(),
              store.blobs(),
              clock,
              dispatcher,
              new FunctionTargets(functions),
              ObjectLimits.defaults());
      objectService.set(objects);
      var s3 =
          new S3Endpoint(
              objects, new S3Settings(S3Settings.defaults().hostNames(), config.region()));
      // Also the LogSink function and job runtimes write to.
      var logs = new StoreLogService(store.logs(), clock);
      var cloudWatchLogs = new LogsEndpoint(logs, config.region());
      dispatcher.start();
      return new Services(
          new SigV4Authenticator(authSettings(config)),
          List.of(s3, new LambdaEndpoint(functions), cloudWatchLogs),
          store.outbox()::list,
          codeView(functions),
          List.of(dispatcher, runtime, store),
          logs);
    } catch (RuntimeException | Error e) {
      store.close();
      throw e;
    }
  }

  private static FunctionCodeView codeView(FunctionService functions) {
    return (name, sha256) -> {
      var code = functions.code(name, sha256);
      return code.isOk() ? Optional.of(code.value()) : Optional.empty();
    };
  }

  /** Opens the store; a schema that does not match this build refuses the start in one line. */
  private static SluiceStore openStore(SluiceConfig config, Clock clock) {
    try {
      return SluiceStore.open(new StoreSettings(config.storeUrl(), config.dataDir()), clock);
    } catch (SchemaMismatchException e) {
      throw new SluiceStartException(e.getMessage(), e);
    }
  }

  private static AuthSettings authSettings(SluiceConfig config) {
    var credentials =
        config.accessKeys().stream()
            .map(k -> new Credential(k.accessKeyId(), k.secretAccessKey(), k.account()))
            .toList();
    var settings =
        AuthSettings.acceptAny()
            .withCredentials(credentials)
            .withDefaults(AuthSettings.DEFAULT_ACCOUNT, config.region());
    return config.auth() == AuthMode.STRICT
        ? settings.withMode(dev.sluice.aws.auth.AuthMode.STRICT)
        : settings;
  }
}
