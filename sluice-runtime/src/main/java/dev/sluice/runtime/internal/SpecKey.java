package dev.sluice.runtime.internal;

import dev.sluice.core.functions.CodeBundle;
import dev.sluice.core.functions.InstanceSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What makes instances interchangeable: an {@link InstanceSpec} with its packages named by digest
 * (a {@link CodeBundle}'s source is a fresh object on every call and must not tell specs apart).
 */
record SpecKey(
    String functionName,
    String functionArn,
    String version,
    String runtime,
    String handler,
    int memoryMb,
    Duration timeout,
    Map<String, String> environment,
    String codeSha256,
    List<String> layerSha256s,
    String logGroup,
    String region,
    String accountId) {

  static SpecKey of(InstanceSpec spec) {
    return new SpecKey(
        spec.functionName(),
        spec.functionArn(),
        spec.version(),
        spec.runtime(),
        spec.handler(),
        spec.memoryMb(),
        spec.timeout(),
        spec.environment(),
        spec.code().sha256(),
        spec.layers().stream().map(CodeBundle::sha256).toList(),
        spec.logGroup(),
        spec.region(),
        spec.accountId());
  }
}
