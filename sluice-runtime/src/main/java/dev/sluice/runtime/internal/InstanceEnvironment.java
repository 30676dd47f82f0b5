package dev.sluice.runtime.internal;

import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.ReservedVariables;
import dev.sluice.runtime.FunctionCredentials;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of an instance, as Lambda sets it: its own variables, then the function's (which
 * may change {@code AWS_ENDPOINT_URL}, {@code PATH}, {@code NODE_PATH} and the like, but never the
 * reserved ones).
 */
final class InstanceEnvironment {

  private InstanceEnvironment() {}

  /**
   * @param defaults variables of the language runtime ({@code NODE_PATH}, ...) that the function
   *     may override
   */
  static Map<String, String> of(
      InstanceSpec spec,
      Places places,
      String runtimeApi,
      String logStream,
      String endpoint,
      FunctionCredentials credentials,
      Map<String, String> defaults) {
    var environment = new LinkedHashMap<String, String>();
    environment.put("PATH", path(places.opt()));
    environment.put("LANG", "en_US.UTF-8");
    environment.put("TZ", ":UTC");
    environment.put("LD_LIBRARY_PATH", libraryPath(places));
    if (endpoint != null) {
      environment.put("AWS_ENDPOINT_URL", endpoint);
    }
    environment.putAll(defaults);
    spec.environment()
        .forEach(
            (name, value) -> {
              if (!ReservedVariables.NAMES.contains(name)) {
                environment.put(name, value);
              }
            });
    environment.put("_HANDLER", spec.handler() == null ? "" : spec.handler());
    environment.put("AWS_REGION", spec.region());
    environment.put("AWS_DEFAULT_REGION", spec.region());
    environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime());
    environment.put("AWS_LAMBDA_FUNCTION_NAME", spec.functionName());
    environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
    environment.put("AWS_LAMBDA_FUNCTION_VERSION", spec.version());
    environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    environment.put("AWS_LAMBDA_LOG_GROUP_NAME", spec.logGroup());
    environment.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
    environment.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
    environment.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
    if (credentials.sessionToken() != null) {
      environment.put("AWS_SESSION_TOKEN", credentials.sessionToken());
    }
    environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
    environment.put("LAMBDA_TASK_ROOT", places.taskRoot().toString());
    environment.put("LAMBDA_RUNTIME_DIR", places.runtimeDir().toString());
    return environment;
  }

  private static String path(Path opt) {
    var host = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    return opt == null ? host : host + ":" + opt.resolve("bin");
  }

  private static String libraryPath(Places places) {
    var path = places.taskRoot() + ":" + places.taskRoot().resolve("lib");
    return places.opt() == null ? path : path + ":" + places.opt().resolve("lib");
  }
}
