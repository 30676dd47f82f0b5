package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.InstanceSpec;
import java.time.Duration;
import java.util.List;

/** What the runtime runs for a resolved version. */
final class InstanceSpecs {
  private final CodePackages packages;

  InstanceSpecs(CodePackages packages) {
    this.packages = packages;
  }

  InstanceSpec of(FunctionRecord function, FunctionConfig config) {
    return new InstanceSpec(
        function.name(),
        FunctionArns.qualified(function, config.version()),
        config.version(),
        config.runtime(),
        config.handler(),
        config.memorySize(),
        Duration.ofSeconds(config.timeout()),
        config.environment(),
        packages.bundle(config),
        List.of(), // layers are ARNs of Lambda's layer store, which Sluice does not host yet
        "/aws/lambda/" + function.name(),
        function.region(),
        function.account());
  }
}
