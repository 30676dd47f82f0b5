package dev.sluice.runtime.internal;

import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.RuntimeSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Starts instances: unpacks the code, opens a Runtime API server, launches the process. */
public final class InstanceStarter {

  private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final RuntimeSettings settings;
  private final CodeCache codeCache;
  private final LaunchPlanner planner;
  private final Path runtimeDir;
  private final Path outputs;

  public InstanceStarter(RuntimeSettings settings) {
    this.settings = settings;
    this.codeCache = new CodeCache(settings.workDirectory());
    this.planner = new LaunchPlanner(settings, new NodeSdk(NodeSdk.defaultCacheDirectory()));
    this.runtimeDir = Bootstraps.install(settings.workDirectory());
    this.outputs = settings.workDirectory().resolve("instances");
    TreeDeletion.delete(outputs);
  }

  Result<Instance> start(InstanceSpec spec, long generation) {
    var code = codeCache.code(spec.code());
    if (!code.isOk()) {
      return Result.err(code.failure());
    }
    var opt = codeCache.layers(spec.layers());
    if (!opt.isOk()) {
      return Result.err(opt.failure());
    }
    var places = new Places(code.value(), opt.value(), runtimeDir);
    try {
      return launch(spec, generation, places);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot open a Runtime API server", e);
    }
  }

  private Result<Instance> launch(InstanceSpec spec, long generation, Places places)
      throws IOException {
    var stream = streamName(spec.version());
    var server = RuntimeApiServer.start();
    var plan = planner.plan(spec, places, server.address(), stream);
    if (!plan.isOk()) {
      server.close();
      return Result.err(plan.failure());
    }
    var launch = plan.value();
    var output = Files.createDirectories(outputs).resolve(stream.replace('/', '-') + ".log");
    var builder =
        new ProcessBuilder(launch.command())
            .directory(launch.directory().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().clear();
    builder.environment().putAll(launch.environment());
    var startedAt = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      server.close();
      Files.deleteIfExists(output);
      var message = "fork/exec " + launch.command().getFirst() + ": " + e.getMessage();
      return Result.err(Failure.of("Runtime.InvalidEntrypoint", 502, message));
    }
    process.getOutputStream().close();
    var log = new InstanceLog(settings.logSink(), spec.logGroup(), stream);
    var pump = new OutputPump(output, process, log);
    Thread.ofVirtual().name("function-output-" + process.pid()).start(pump);
    return Result.ok(new Instance(spec, generation, process, server, log, pump, startedAt));
  }

  private static String streamName(String version) {
    var date = LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE);
    return date + "/[" + version + "]" + TraceIds.hex(16);
  }
}
