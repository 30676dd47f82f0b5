package dev.sluice.server;

import dev.sluice.aws.auth.AuthSettings;
import dev.sluice.aws.auth.Credential;
import dev.sluice.aws.auth.SigV4Authenticator;
import dev.sluice.aws.datapipeline.DataPipelineEndpoint;
import dev.sluice.aws.glue.GlueEndpoint;
import dev.sluice.aws.lambda.LambdaEndpoint;
import dev.sluice.aws.logs.LogsEndpoint;
import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.sns.SnsEndpoint;
import dev.sluice.aws.stepfunctions.StepFunctionsEndpoint;
import dev.sluice.core.events.DispatcherSettings;
import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventDispatcher;
import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.FunctionTargets;
import dev.sluice.core.functions.internal.CatalogFunctionService;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.logs.internal.StoreLogService;
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.internal.CatalogObjectService;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.internal.StoreObjectFiles;
import dev.sluice.core.time.Clock;
import dev.sluice.core.time.Timers;
import dev.sluice.core.topics.TopicDelivery;
import dev.sluice.core.topics.TopicService;
import dev.sluice.core.topics.TopicTargets;
import dev.sluice.core.topics.delivery.SigningKeys;
import dev.sluice.core.topics.delivery.TopicDeliveries;
import dev.sluice.core.topics.delivery.TopicDeliverySetup;
import dev.sluice.core.topics.internal.CatalogTopicService;
import dev.sluice.core.workflows.WorkflowService;
import dev.sluice.core.workflows.engine.GlueTasks;
import dev.sluice.core.workflows.engine.LambdaTasks;
import dev.sluice.core.workflows.engine.NestedExecutions;
import dev.sluice.core.workflows.engine.S3Tasks;
import dev.sluice.core.workflows.engine.SnsTasks;
import dev.sluice.core.workflows.engine.WorkflowEngine;
import dev.sluice.core.workflows.internal.CatalogWorkflowService;
import dev.sluice.runtime.FunctionCredentials;
import dev.sluice.runtime.ProcessFunctionRuntime;
import dev.sluice.runtime.RuntimeSettings;
import dev.sluice.server.internal.functions.LateSignal;
import dev.sluice.server.internal.functions.ObjectStoreCode;
import dev.sluice.server.internal.jobs.JobWiring;
import dev.sluice.server.internal.mail.MailTransports;
import dev.sluice.server.internal.pipelines.PipelineWiring;
import dev.sluice.server.internal.time.ClockFile;
import dev.sluice.server.internal.topics.JdkWebhookClient;
import dev.sluice.server.internal.wiring.NodeName;
import dev.sluice.store.SchemaMismatchException;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The one place where Sluice's services are created and connected: the store, the services of the
 * core, their AWS endpoints, the event dispatcher and the request authenticator. Everything else in
 * the server only sees the resulting {@link Services}.
 */
public final class ServiceRegistry {
  /** What function instances sign with when Sluice accepts any credentials. */
  private static final String FUNCTION_ACCESS_KEY = "ASIASLUICEFUNCTION00";

  private static final String FUNCTION_SECRET_KEY = "sluice-function-secret";

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
    return wire(config, extraConsumers, ServiceRegistry::processRuntime);
  }

  /** Makes the runtime that runs function code, from what it needs of the wiring. */
  @FunctionalInterface
  public interface RuntimeFactory {
    /**
     * @param config the configuration (data directory, access keys)
     * @param logs where function output goes
     * @param endpoint Sluice's endpoint URL once the server listens, null before
     */
    FunctionRuntime create(SluiceConfig config, LogSink logs, Supplier<String> endpoint);
  }

  /** Wires Sluice with the runtime {@code runtimes} makes; it is closed with the services. */
  public static Services wire(
      SluiceConfig config, List<EventConsumer> extraConsumers, RuntimeFactory runtimes) {
    var clockFile = ClockFile.open(config.dataDir(), config.timeScale());
    var clock = clockFile.clock();
    var store = openStore(config, clock);
    try {
      // Also the LogSink function and job runtimes write to.
      var logs = new StoreLogService(store.logs(), clock);
      var endpoint = new AtomicReference<String>();
      var runtime = runtimes.create(config, logs, endpoint::get);
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
      var dispatcherSettings = DispatcherSettings.defaults(NodeName.of(config.dataDir()));
      var topics = new CatalogTopicService(store.topics(), clock, signal);
      var signingKeys = new SigningKeys(store.snsSigningKey(), clock::now);
      var consumers = new ArrayList<EventConsumer>(extraConsumers);
      if (consumers.stream().noneMatch(c -> c.service().equals("lambda"))) {
        consumers.add(functions.eventConsumer());
      }
      if (consumers.stream().noneMatch(c -> c.service().equals(TopicDelivery.SERVICE))) {
        consumers.add(
            topicDeliveries(
                config,
                store,
                topics,
                signingKeys,
                clock,
                endpoint::get,
                dispatcherSettings.maxAttempts()));
      }
      var pipelines =
          PipelineWiring.wire(
              store.pipelines(),
              objectService::get,
              store.blobs(),
              logs,
              clock,
              signal,
              config.dataDir(),
              config.region(),
              config.spark());
      if (consumers.stream().noneMatch(c -> c.service().equals(PipelineEvents.SERVICE))) {
        consumers.add(pipelines.consumer());
      }
      var jobs =
          JobWiring.wire(
              store.jobs(),
              () -> jobObjectFiles(objectService.get(), store, config.region()),
              config.spark(),
              logs,
              clock,
              signal,
              config.dataDir(),
              config.region(),
              endpoint::get);
      if (consumers.stream().noneMatch(c -> c.service().equals(JobEvents.SERVICE))) {
        consumers.add(jobs.consumer());
      }
      var dispatcher =
          new EventDispatcher(store.outbox(), clock, List.copyOf(consumers), dispatcherSettings);
      signal.connect(dispatcher);
      var objects =
          new CatalogObjectService(
              store.objects(),
              store.blobs(),
              clock,
              dispatcher,
              NotificationTargets.of(
                  new FunctionTargets(functions), new TopicTargets(() -> topics)),
              ObjectLimits.defaults());
      objectService.set(objects);
      var s3 =
          new S3Endpoint(
              objects, new S3Settings(S3Settings.defaults().hostNames(), config.region()));
      var cloudWatchLogs = new LogsEndpoint(logs, config.region());
      var timers = new Timers(clock);
      var workflowService = new AtomicReference<WorkflowService>();
      var workflowEngine = new AtomicReference<WorkflowEngine>();
      var engine =
          new WorkflowEngine(
              store.workflows(),
              clock,
              timers,
              List.of(
                  new LambdaTasks(functions),
                  new S3Tasks(objectService::get),
                  new NestedExecutions(workflowService::get, workflowEngine::get),
                  new SnsTasks(() -> topics),
                  new GlueTasks(jobs::service)),
              logs);
      workflowEngine.set(engine);
      var workflows = new CatalogWorkflowService(store.workflows(), engine, clock);
      workflowService.set(workflows);
      var stepFunctions = new StepFunctionsEndpoint(workflows, config.region());
      dispatcher.start();
      engine.resume();
      return new Services(
          new SigV4Authenticator(authSettings(config)),
          List.of(
              s3,
              new LambdaEndpoint(functions),
              cloudWatchLogs,
              stepFunctions,
              new SnsEndpoint(topics, config.region()),
              new DataPipelineEndpoint(pipelines.service(), config.region()),
              new GlueEndpoint(jobs.service(), config.region())),
          store.outbox()::list,
          codeView(functions),
          List.of(dispatcher, engine, timers, runtime, store, clockFile),
          logs,
          uri -> endpoint.set(uri.toString()),
          clock,
          () -> topics,
          () -> Optional.of(signingKeys.get()));
    } catch (RuntimeException | Error e) {
      store.close();
      throw e;
    }
  }

  /** S3 as Glue jobs' launcher reads scripts and jars, writing (if ever) as Glue. */
  private static ObjectFiles jobObjectFiles(
      ObjectService objects, SluiceStore store, String region) {
    var writer =
        new RequestContext("000000000000", "AWS:Glue", "127.0.0.1", "sluice-jobs", "", region);
    return new StoreObjectFiles(objects, store.blobs(), writer);
  }

  /**
   * The consumer of service {@code sns}: deliveries by protocol (HTTP through the JDK's client,
   * e-mail through the configured SMTP server or the local mailbox), links in messages built from
   * the endpoint the server listens on, retries of other protocols up to the dispatcher's limit.
   */
  private static EventConsumer topicDeliveries(
      SluiceConfig config,
      SluiceStore store,
      TopicService topics,
      SigningKeys keys,
      Clock clock,
      Supplier<String> endpoint,
      int maxAttempts) {
    return new TopicDeliveries(
        new TopicDeliverySetup(
            store.outbox(),
            new JdkWebhookClient(),
            MailTransports.configured(config, clock::now),
            topics::publish,
            endpoint,
            keys,
            clock::now,
            config.smtpFrom(),
            maxAttempts));
  }

  /**
   * Function instances as local processes ({@code <data-dir>/functions}), run by this JVM's JDK for
   * Java functions, with the first configured access key (strict mode) or Sluice's default
   * credentials (any are accepted then) for their SDK calls.
   */
  private static FunctionRuntime processRuntime(
      SluiceConfig config, LogSink logs, Supplier<String> endpoint) {
    var credentials =
        config.accessKeys().isEmpty()
            ? new FunctionCredentials(FUNCTION_ACCESS_KEY, FUNCTION_SECRET_KEY, null)
            : new FunctionCredentials(
                config.accessKeys().get(0).accessKeyId(),
                config.accessKeys().get(0).secretAccessKey(),
                null);
    return new ProcessFunctionRuntime(
        new RuntimeSettings(
            config.dataDir().resolve("functions"),
            endpoint,
            logs,
            credentials,
            Path.of(System.getProperty("java.home"))));
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
