package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.ConfigurationChange;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds {@code $LATEST}'s configuration from a CreateFunction and changes it after updates. */
final class Configs {
  static final int DEFAULT_TIMEOUT = 3;
  static final int DEFAULT_MEMORY = 128;

  private Configs() {}

  static FunctionConfig created(
      String name, ConfigurationChange change, StoredPackage code, Instant now) {
    return new FunctionConfig(
        name,
        FunctionArns.LATEST,
        change.runtime(),
        change.handler(),
        change.role(),
        change.description(),
        or(change.timeout(), DEFAULT_TIMEOUT),
        or(change.memorySize(), DEFAULT_MEMORY),
        or(change.environment(), Map.of()),
        or(change.layers(), List.of()),
        emptyToNull(change.deadLetterTargetArn()),
        "Zip",
        code.sha256(),
        code.size(),
        code.blobId(),
        LambdaTimestamps.format(now),
        Revisions.next());
  }

  static FunctionConfig changed(FunctionConfig c, ConfigurationChange change, Instant now) {
    return new FunctionConfig(
        c.name(),
        c.version(),
        or(change.runtime(), c.runtime()),
        or(change.handler(), c.handler()),
        or(change.role(), c.role()),
        or(change.description(), c.description()),
        or(change.timeout(), c.timeout()),
        or(change.memorySize(), c.memorySize()),
        or(change.environment(), c.environment()),
        or(change.layers(), c.layers()),
        change.deadLetterTargetArn() == null
            ? c.deadLetterTargetArn()
            : emptyToNull(change.deadLetterTargetArn()),
        c.packageType(),
        c.codeSha256(),
        c.codeSize(),
        c.codeBlobId(),
        LambdaTimestamps.format(now),
        Revisions.next());
  }

  static FunctionConfig withCode(FunctionConfig c, StoredPackage code, Instant now) {
    return new FunctionConfig(
        c.name(),
        c.version(),
        c.runtime(),
        c.handler(),
        c.role(),
        c.description(),
        c.timeout(),
        c.memorySize(),
        c.environment(),
        c.layers(),
        c.deadLetterTargetArn(),
        c.packageType(),
        code.sha256(),
        code.size(),
        code.blobId(),
        LambdaTimestamps.format(now),
        Revisions.next());
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
