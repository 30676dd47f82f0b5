package dev.sluice.runtime.jobs.internal;

import dev.sluice.runtime.jobs.JobLauncherSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables of a run's processes: the settings' environment, Sluice's endpoint and region, and
 * dummy credentials when the environment has none; Python's also find the awsglue library (and the
 * run's extra Python files) and write their output unbuffered.
 */
public final class JobEnvironment {

  private JobEnvironment() {}

  public static Map<String, String> of(JobLauncherSettings settings) {
    var environment = new LinkedHashMap<>(settings.environment());
    if (settings.endpointUrl() != null) {
      environment.put("AWS_ENDPOINT_URL", settings.endpointUrl());
    }
    environment.put("AWS_REGION", settings.region());
    environment.put("AWS_DEFAULT_REGION", settings.region());
    if (!environment.containsKey("AWS_ACCESS_KEY_ID")) {
      environment.put("AWS_ACCESS_KEY_ID", JobLauncherSettings.DUMMY_CREDENTIAL);
      environment.put("AWS_SECRET_ACCESS_KEY", JobLauncherSettings.DUMMY_CREDENTIAL);
    }
    return environment;
  }

  /** As {@link #of}, with {@code pythonPath} before the environment's {@code PYTHONPATH}. */
  public static Map<String, String> python(JobLauncherSettings settings, List<Path> pythonPath) {
    var environment = of(settings);
    var path = pythonPath.stream().map(Path::toString).collect(Collectors.joining(":"));
    var inherited = environment.get("PYTHONPATH");
    environment.put(
        "PYTHONPATH", inherited == null || inherited.isBlank() ? path : path + ":" + inherited);
    environment.put("PYTHONUNBUFFERED", "1");
    return environment;
  }
}
