package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import dev.sluice.server.SparkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section 8: Glue jobs on an embedded Sluice. A glueetl jar job whose main returns at once, the
 * same job running an empty Spark job, and a Python shell job: from StartJobRun to the job's main
 * entered (its own first line, read back from CloudWatch Logs) and to GetJobRun seen SUCCEEDED;
 * beside the same main started as a bare process ({@link BareJobs}) in the same run, alternating
 * with Sluice's runs.
 */
final class JobSection {
  static final String BUCKET = "bench-jobs";
  static final Duration POLL = Duration.ofMillis(20);

  private static final Duration LIMIT = Duration.ofMinutes(3);
  private static final List<String> LAUNCH_LINES =
      List.of("Sluice: starting Spark", "Sluice: started ");
  private static final String NO_SPARK_JOB = "main-returns";
  private static final String SPARK_JOB = "empty-spark-job";
  private static final String PYTHON_JOB = "python-first-line";

  /** One timed run. */
  private interface Timed {
    JobTiming run() throws Exception;
  }

  private final BenchOptions options;
  private final Report report;
  private final int cores = Runtime.getRuntime().availableProcessors();

  JobSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(
        2,
        "8. Jobs: StartJobRun to main() entered, and an empty Spark job, against bare processes");
    var checkout =
        BenchCheckout.find(Path.of(""), options.serverJar())
            .orElseThrow(() -> new IllegalStateException("Run the bench from a Sluice checkout"));
    var sparkHome = checkout.sparkHome();
    var classpath =
        SparkClasspath.read(sparkHome)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        sparkHome + " holds no sluice-spark build (./sluice bench builds it)"));
    var scratch = Files.createDirectories(workDir.resolve("jobs"));
    var jar = EmptyJob.jar(classpath, scratch.resolve("job"));
    var script = EmptyJob.pythonScript(scratch.resolve("job"));
    boolean archived = SparkClassData.find(sparkHome, scratch).isPresent();
    var config =
        SluiceConfig.defaults()
            .withPort(0)
            .withDataDir(scratch.resolve("sluice"))
            .withSpark(SparkOptions.defaults().withHome(sparkHome));
    var rows = new ArrayList<List<String>>();
    Path classData;
    try (var sluice = Sluice.create(config).start();
        var clients = new JobClients(sluice.endpoint())) {
      createJobs(clients, jar, script);
      // The first Spark JVM records the class data archive when there is none: a Spark job's.
      progress("warm-up " + SPARK_JOB, sluiceRun(clients, SPARK_JOB));
      classData = SparkClassData.find(sparkHome, sluice.dataDir()).orElse(null);
      var bare = new BareJobs(classpath, jar, script, cores, classData, scratch);
      var noSpark =
          measure(
              new JobSamples("glueetl jar, main returns at once", "main() entered"),
              () -> sluiceRun(clients, NO_SPARK_JOB),
              () -> bare.java(EmptyJob.NONE),
              () -> bare.submit(EmptyJob.NONE));
      var spark =
          measure(
              new JobSamples("glueetl jar, empty Spark job", "main() entered"),
              () -> sluiceRun(clients, SPARK_JOB),
              () -> bare.java(EmptyJob.SPARK),
              () -> bare.submit(EmptyJob.SPARK));
      var python =
          measure(
              new JobSamples("pythonshell", "the script's first line"),
              () -> sluiceRun(clients, PYTHON_JOB),
              bare::python,
              null);
      for (var samples : List.of(noSpark, spark, python)) {
        rows.addAll(samples.rows());
      }
    }
    report.table(JobSamples.HEADER, rows);
    report.paragraph(description(classData, archived));
  }

  private void createJobs(JobClients clients, Path jar, Path script) {
    clients.createBucket(BUCKET);
    clients.upload(BUCKET, jar.getFileName().toString(), jar);
    clients.upload(BUCKET, script.getFileName().toString(), script);
    var jarLocation = "s3://" + BUCKET + "/" + jar.getFileName();
    clients.createJarJob(
        NO_SPARK_JOB, jarLocation, EmptyJob.MAIN, Map.of(EmptyJob.MODE, EmptyJob.NONE));
    clients.createJarJob(
        SPARK_JOB, jarLocation, EmptyJob.MAIN, Map.of(EmptyJob.MODE, EmptyJob.SPARK));
    clients.createPythonShellJob(PYTHON_JOB, "s3://" + BUCKET + "/" + script.getFileName());
  }

  /** One unmeasured run of each, then the measured ones, Sluice's and the bare ones in turn. */
  private JobSamples measure(JobSamples samples, Timed sluice, Timed bare, Timed submit)
      throws Exception {
    sluice.run();
    bare.run();
    if (submit != null) {
      submit.run();
    }
    for (int i = 0; i < options.jobRuns(); i++) {
      samples.sluice(progress("Sluice", sluice.run()));
      if (submit != null) {
        samples.submit(progress("bare SparkSubmit", submit.run()));
      }
      samples.bare(progress("bare process", bare.run()));
    }
    return samples;
  }

  /** StartJobRun until SUCCEEDED, then the run's log read back for its times. */
  private JobTiming sluiceRun(JobClients clients, String job) throws Exception {
    long cpuBefore = ProcessCpu.nanos();
    var run = clients.run(job, POLL, LIMIT);
    double cpuMillis = cpuBefore < 0 ? Double.NaN : (ProcessCpu.nanos() - cpuBefore) / 1e6;
    var output = clients.logLines(JobClients.OUTPUT_GROUP, run.runId());
    var entered =
        MainEntered.in(output.stream().map(StepTimeline.Line::message).toList())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        job + " run " + run.runId() + " logged no 'main entered at': " + output));
    var launch =
        clients.logLines(JobClients.ERROR_GROUP, run.runId()).stream()
            .filter(line -> LAUNCH_LINES.stream().anyMatch(line.message()::startsWith))
            .findFirst();
    return new JobTiming(
        entered - run.sentAt(),
        run.millis(),
        launch.map(line -> (double) (line.timestamp() - run.sentAt())).orElse(Double.NaN),
        cpuMillis);
  }

  private static JobTiming progress(String what, JobTiming timing) {
    System.err.printf(
        "  jobs: %s: main entered %.0f ms, end %.0f ms%n", what, timing.toMain(), timing.total());
    return timing;
  }

  private String description(Path classData, boolean archivedBefore) {
    var master = "local[" + cores + "]";
    return "An embedded Sluice (embedded store, `SparkOptions` at sluice-spark's build, the"
        + " defaults otherwise) on a fresh data directory. The AWS SDK for Java v2 uploads a jar"
        + " and a script to S3 and creates three jobs: two glueetl jobs of the jar (`--class"
        + " bench.EmptyJob`, no WorkerType: Sluice plans "
        + master
        + " on this machine) whose main's first statement takes `System.currentTimeMillis()` and"
        + " prints `main entered at <ms>`, then returns (`--bench-mode none`) or runs the empty"
        + " Spark job (`--bench-mode spark`: `SparkSession.builder().getOrCreate()`,"
        + " `spark.range(1).count()`, `spark.stop()`); and a pythonshell job (Python 3.9, 0.0625"
        + " DPU) whose first line prints the same. Sluice: from just before StartJobRun to the"
        + " job's printed time (read back with GetLogEvents from `/aws-glue/jobs/output`, stream"
        + " = run id; one machine clock), and to the GetJobRun (polled every "
        + POLL.toMillis()
        + " ms) that saw SUCCEEDED; StartJobRun and GetJobRun go through the bench's minimal"
        + " wire client (one kept-alive connection, SigV4, json 1.1), whose CPU, with Sluice's, is"
        + " the bench JVM's CPU row (the polls cost CPU that the job's JVM would otherwise have on 2"
        + " cores). The launch row is the time stamp of Sluice's `Sluice:"
        + " starting Spark` (jar) or `Sluice: started python3 ...` (Python, stamped once the"
        + " process started) line in `/aws-glue/jobs/error`. Bare process: from just before the"
        + " process is launched (Java's ProcessBuilder, no shell) to the printed time and to its"
        + " exit: for the jar, `java <the Spark JVM's flags: 1 GiB heap, Spark's add-opens,"
        + " tmpdir, the class data archive> -cp <sluice-spark.jar and Spark's classpath>:<job"
        + " jar> -Dspark.master="
        + master
        + " -Dspark.ui.enabled=false bench.EmptyJob --bench-mode none|spark`; for Python,"
        + " `python3 first_line.py`. Bare SparkSubmit: the JVM Sluice's launcher starts, with its"
        + " flags and settings (`SparkSubmit --master "
        + master
        + " --conf spark.ui.enabled=false ... --class bench.EmptyJob <jar>`), started here"
        + " without Sluice: what a Spark job costs before Sluice adds anything. Each of the three"
        + " runs once unmeasured, then "
        + options.jobRuns()
        + " times in turn (Sluice, bare SparkSubmit, bare process); p90 is the nearest rank (with"
        + " 3 runs, the slowest). Class data archive: "
        + (classData == null
            ? "none found (the Spark JVMs start without one)."
            : classData.getFileName()
                + (archivedBefore
                    ? ", found from an earlier run."
                    : ", recorded by the warm-up run of the Spark job."));
  }
}
