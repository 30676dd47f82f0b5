package dev.sluice.runtime.internal;

import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.RuntimeSettings;
import dev.sluice.runtime.javabootstrap.JavaBootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides the command and environment of an instance from its runtime identifier. */
final class LaunchPlanner {

  private final RuntimeSettings settings;
  private final NodeSdk nodeSdk;
  private final Executables executables = new Executables();
  private final String javaClasspath = JavaClasspath.of();

  LaunchPlanner(RuntimeSettings settings, NodeSdk nodeSdk) {
    this.settings = settings;
    this.nodeSdk = nodeSdk;
  }

  Result<Launch> plan(InstanceSpec spec, Places places, String runtimeApi, String logStream) {
    var runtime = spec.runtime() == null ? "" : spec.runtime();
    if (runtime.startsWith("nodejs")) {
      return Result.ok(node(spec, places, runtimeApi, logStream));
    }
    if (runtime.startsWith("python3")) {
      return Result.ok(python(spec, places, runtimeApi, logStream));
    }
    if (runtime.startsWith("java")) {
      return Result.ok(java(spec, places, runtimeApi, logStream));
    }
    if (runtime.equals("provided") || runtime.startsWith("provided.")) {
      return provided(spec, places, runtimeApi, logStream);
    }
    return Result.err(
        Failure.of(
            "Runtime.InvalidRuntime",
            502,
            "Sluice cannot run functions of runtime " + runtime + " (yet)"));
  }

  private Launch node(InstanceSpec spec, Places places, String runtimeApi, String logStream) {
    var paths = new ArrayList<String>();
    if (places.opt() != null) {
      var major = spec.runtime().replaceAll("[^0-9]", "");
      paths.add(places.opt().resolve("nodejs/node" + major + "/node_modules").toString());
      paths.add(places.opt().resolve("nodejs/node_modules").toString());
    }
    var sdk = nodeSdk.modules();
    if (sdk != null) {
      paths.add(sdk.toString());
    }
    paths.add(places.runtimeDir().resolve("node").toString());
    paths.add(places.taskRoot().toString());
    var defaults =
        Map.of(
            "NODE_PATH",
            String.join(":", paths),
            // the provided aws-sdk v2 would print its end-of-support notice into every cold start
            "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE",
            "1");
    var command =
        List.of(executables.node(), places.runtimeDir().resolve(Bootstraps.NODE).toString());
    return launch(command, spec, places, runtimeApi, logStream, defaults);
  }

  private Launch python(InstanceSpec spec, Places places, String runtimeApi, String logStream) {
    var paths = new ArrayList<String>();
    paths.add(places.taskRoot().toString());
    if (places.opt() != null) {
      paths.add(places.opt().resolve("python/lib/" + spec.runtime() + "/site-packages").toString());
      paths.add(places.opt().resolve("python").toString());
    }
    var defaults = Map.of("PYTHONPATH", String.join(":", paths));
    var command =
        List.of(
            executables.python(), "-u", places.runtimeDir().resolve(Bootstraps.PYTHON).toString());
    return launch(command, spec, places, runtimeApi, logStream, defaults);
  }

  private Launch java(InstanceSpec spec, Places places, String runtimeApi, String logStream) {
    var heapMb = Math.max(spec.memoryMb() * 85 / 100, 64);
    var command =
        List.of(
            settings.javaHome().resolve("bin").resolve("java").toString(),
            "-XX:+TieredCompilation",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-Xmx" + heapMb + "m",
            "-cp",
            javaClasspath,
            JavaBootstrap.class.getName());
    return launch(command, spec, places, runtimeApi, logStream, Map.of());
  }

  private Result<Launch> provided(
      InstanceSpec spec, Places places, String runtimeApi, String logStream) {
    var candidates = new ArrayList<Path>();
    candidates.add(places.taskRoot().resolve("bootstrap"));
    if (places.opt() != null) {
      candidates.add(places.opt().resolve("bootstrap"));
    }
    for (var candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return Result.ok(
            launch(List.of(candidate.toString()), spec, places, runtimeApi, logStream, Map.of()));
      }
    }
    var names = String.join(" ", candidates.stream().map(Path::toString).toList());
    return Result.err(
        Failure.of(
            "Runtime.InvalidEntrypoint", 502, "Couldn't find valid bootstrap(s): [" + names + "]"));
  }

  private Launch launch(
      List<String> command,
      InstanceSpec spec,
      Places places,
      String runtimeApi,
      String logStream,
      Map<String, String> defaults) {
    var environment =
        InstanceEnvironment.of(
            spec,
            places,
            runtimeApi,
            logStream,
            settings.endpoint().get(),
            settings.credentials(),
            defaults);
    return new Launch(command, places.taskRoot(), environment);
  }
}
