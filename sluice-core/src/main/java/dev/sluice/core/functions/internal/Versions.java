package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionAlias;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.result.Result;
import java.util.ArrayList;

/** Resolves qualifiers (versions and aliases) and publishes versions. */
final class Versions {
  private Versions() {}

  /** The configuration a qualifier names: {@code $LATEST}, a version, or an alias's version. */
  static Result<FunctionConfig> resolve(
      FunctionCaller caller, FunctionRecord function, String qualifier) {
    if (qualifier == null) {
      return Result.ok(function.latest());
    }
    var target = function.alias(qualifier).map(FunctionAlias::functionVersion).orElse(qualifier);
    return function
        .version(target)
        .<Result<FunctionConfig>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    LambdaFailures.functionNotFound(
                        new FunctionRef(function.name(), qualifier).arn(caller))));
  }

  /** Publishes {@code $LATEST}, or answers the last version when nothing changed since it. */
  static Change<FunctionConfig> publish(FunctionRecord function, String description) {
    var latest = function.latest();
    var last = function.versions().isEmpty() ? null : function.versions().getLast();
    if (last != null && unchanged(last, latest)) {
      return Change.of(function, last);
    }
    long number = function.lastVersion() + 1;
    var snapshot = latest.asVersion(Long.toString(number), Revisions.next());
    if (description != null) {
      snapshot = withDescription(snapshot, description);
    }
    var versions = new ArrayList<>(function.versions());
    versions.add(snapshot);
    return Change.of(function.withVersions(versions, number), snapshot);
  }

  /** Whether {@code $LATEST} is still what {@code version} was published from. */
  private static boolean unchanged(FunctionConfig version, FunctionConfig latest) {
    var asLatest = version.asVersion(FunctionArns.LATEST, latest.revisionId());
    return withDescription(asLatest, latest.description()).equals(latest);
  }

  private static FunctionConfig withDescription(FunctionConfig c, String description) {
    return new FunctionConfig(
        c.name(),
        c.version(),
        c.runtime(),
        c.handler(),
        c.role(),
        description,
        c.timeout(),
        c.memorySize(),
        c.environment(),
        c.layers(),
        c.deadLetterTargetArn(),
        c.packageType(),
        c.codeSha256(),
        c.codeSize(),
        c.codeBlobId(),
        c.lastModified(),
        c.revisionId());
  }
}
