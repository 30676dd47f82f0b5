package dev.sluice.server.internal.pipelines;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.internal.CatalogPipelineService;
import dev.sluice.core.pipelines.run.PipelineRunner;
import dev.sluice.core.pipelines.work.StepRunner;
import dev.sluice.core.pipelines.work.Workers;
import dev.sluice.core.pipelines.work.internal.StoreObjectFiles;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.steps.ProcessShellRunner;
import dev.sluice.runtime.steps.SparkStepRunner;
import dev.sluice.server.SparkOptions;
import dev.sluice.server.internal.spark.SparkSetup;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data Pipeline's parts, connected: the control plane over the store's catalog, the runner (the
 * consumer of the outbox's {@code datapipeline} events), and the work it runs — EMR steps on Spark
 * in a child JVM (or submitted to the configured master), shell commands as local processes, S3
 * through the object service. Attempts work in {@code <data-dir>/pipelines/work}, Spark steps in
 * {@code <data-dir>/pipelines/spark}; the Spark JVM's class data archive is shared beside
 * sluice-spark.jar where that is writable.
 */
public final class PipelineWiring {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineWiring.class);

  /** The control plane the Data Pipeline endpoint serves, and the runner's event consumer. */
  public record Wired(PipelineService service, EventConsumer consumer) {}

  private PipelineWiring() {}

  public static Wired wire(
      PipelineCatalog catalog,
      Supplier<ObjectService> objects,
      BlobStore blobs,
      LogSink logs,
      Clock clock,
      EventSignal signal,
      Path dataDir,
      String region,
      SparkOptions spark) {
    // Who the pipelines' own S3 writes (step output, staged files) are made as.
    var writer =
        new RequestContext(
            "000000000000", "AWS:DataPipeline", "127.0.0.1", "sluice-pipelines", "", region);
    var root = dataDir.resolve("pipelines");
    var files = new LateObjectFiles(() -> new StoreObjectFiles(objects.get(), blobs, writer));
    var workers =
        new Workers(
            stepRunner(spark, root.resolve("spark"), logs, clock),
            new ProcessShellRunner(logs, clock),
            files);
    var runner =
        new PipelineRunner(catalog, workers::run, clock, logs, root.resolve("work"), signal);
    return new Wired(new CatalogPipelineService(catalog, runner, clock), runner.consumer());
  }

  /**
   * Spark as configured; when sluice-spark's build cannot be found, steps fail with the reason (the
   * rest of Sluice runs without it).
   */
  private static StepRunner stepRunner(
      SparkOptions options, Path workRoot, LogSink logs, Clock clock) {
    var settings = SparkSetup.settings(options, workRoot, logs, clock);
    if (!settings.isOk()) {
      LOG.warn("EMR steps will fail: {}", settings.failure().message());
      return new MissingSpark(settings.failure().message());
    }
    return new SparkStepRunner(settings.value());
  }
}
