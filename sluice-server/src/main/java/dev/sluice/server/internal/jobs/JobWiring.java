package dev.sluice.server.internal.jobs;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.internal.CatalogJobService;
import dev.sluice.core.jobs.run.JobRunner;
import dev.sluice.core.jobs.run.RunEndings;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.jobs.GlueJobLauncher;
import dev.sluice.runtime.jobs.JobLauncherSettings;
import dev.sluice.server.SparkOptions;
import dev.sluice.server.internal.spark.SparkSetup;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Glue's job parts, connected: the service over the store's catalog, and the runner (the consumer
 * of the outbox's {@code glue} events) that starts runs through the runtime's launcher — Python
 * shell jobs with python3, glueetl jobs on the Spark the pipelines use. Runs work in {@code
 * <data-dir>/jobs}; jobs get Sluice's endpoint as {@code AWS_ENDPOINT_URL} once the server listens.
 */
public final class JobWiring {
  private static final Logger LOG = LoggerFactory.getLogger(JobWiring.class);

  /** The service the Glue endpoint and Step Functions serve, and the runner's event consumer. */
  public record Wired(JobService service, EventConsumer consumer) {}

  private JobWiring() {}

  /**
   * @param spark the Spark that runs glueetl jobs (without sluice-spark's build, they fail to start
   *     and say why)
   * @param endpoint Sluice's URL once the server listens (null before)
   */
  public static Wired wire(
      JobCatalog catalog,
      Supplier<ObjectFiles> objects,
      SparkOptions spark,
      LogSink logs,
      Clock clock,
      EventSignal signal,
      Path dataDir,
      String region,
      Supplier<String> endpoint) {
    var endings = new RunEndings();
    // Unless a master is configured, a job's WorkerType and NumberOfWorkers choose its threads.
    var sparkSettings =
        SparkSetup.settings(spark, "local[*]", dataDir.resolve("jobs/spark"), logs, clock);
    if (!sparkSettings.isOk()) {
      LOG.warn("glueetl jobs will fail: {}", sparkSettings.failure().message());
    }
    var launcher =
        new LateLauncher(
            () ->
                new GlueJobLauncher(
                    new JobLauncherSettings(
                        sparkSettings.isOk() ? sparkSettings.value() : null,
                        null,
                        dataDir.resolve("jobs/work"),
                        logs,
                        clock,
                        endpoint.get(),
                        region,
                        objects.get(),
                        null)));
    var runner = new JobRunner(catalog, launcher, clock, logs, signal, endings);
    return new Wired(new CatalogJobService(catalog, clock, signal, endings), runner);
  }
}
