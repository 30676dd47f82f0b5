package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.result.Result;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads a function and applies a change to it: read, compute, replace if nobody changed it
 * meanwhile, else read again. After a replacement, packages no version uses any more are deleted
 * and warm instances of a changed {@code $LATEST} retired.
 */
final class Mutations {
  private static final int ATTEMPTS = 20;

  private final FunctionCatalog catalog;
  private final CodePackages packages;
  private final FunctionRuntime runtime;

  Mutations(FunctionCatalog catalog, CodePackages packages, FunctionRuntime runtime) {
    this.catalog = catalog;
    this.packages = packages;
    this.runtime = runtime;
  }

  Result<FunctionRecord> read(FunctionCaller caller, FunctionRef ref) {
    return catalog
        .find(ref.name())
        .<Result<FunctionRecord>>map(stored -> Result.ok(stored.function()))
        .orElseGet(
            () ->
                Result.err(
                    LambdaFailures.functionNotFound(
                        new FunctionRef(ref.name(), null).arn(caller))));
  }

  /** Reads the function an unqualified name or ARN names. */
  Result<FunctionRecord> read(FunctionCaller caller, String functionName) {
    return FunctionRef.parse(functionName, null).flatMap(ref -> read(caller, ref));
  }

  /** Applies {@code change} to the function an unqualified name or ARN names. */
  <T> Result<T> apply(
      FunctionCaller caller,
      String functionName,
      Function<FunctionRecord, Result<Change<T>>> change) {
    return FunctionRef.parse(functionName, null).flatMap(ref -> apply(caller, ref, change));
  }

  /** Reads the function a name and qualifier name; {@code then} gets the reference and it. */
  <T> Result<T> read(
      FunctionCaller caller,
      String functionName,
      String qualifier,
      BiFunction<FunctionRef, FunctionRecord, Result<T>> then) {
    return FunctionRef.parse(functionName, qualifier)
        .flatMap(ref -> read(caller, ref).flatMap(function -> then.apply(ref, function)));
  }

  /** Applies {@code change}, given the reference and the function, to the function named. */
  <T> Result<T> apply(
      FunctionCaller caller,
      String functionName,
      String qualifier,
      BiFunction<FunctionRef, FunctionRecord, Result<Change<T>>> change) {
    return FunctionRef.parse(functionName, qualifier)
        .flatMap(ref -> apply(caller, ref, function -> change.apply(ref, function)));
  }

  <T> Result<T> apply(
      FunctionCaller caller, FunctionRef ref, Function<FunctionRecord, Result<Change<T>>> change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      var stored = catalog.find(ref.name());
      if (stored.isEmpty()) {
        return Result.err(
            LambdaFailures.functionNotFound(new FunctionRef(ref.name(), null).arn(caller)));
      }
      var before = stored.get().function();
      var computed = change.apply(before);
      if (!computed.isOk()) {
        return Result.err(computed.failure());
      }
      var after = computed.value();
      if (catalog.replace(after.function(), stored.get().revision(), after.events())) {
        replaced(before, after.function());
        return Result.ok(after.answer());
      }
    }
    return Result.err(LambdaFailures.busy(FunctionRef.unqualifiedArn(caller, ref)));
  }

  /** Deletes the packages {@code before} used that {@code after} (null: deleted) does not. */
  void replaced(FunctionRecord before, FunctionRecord after) {
    var unused = blobIds(before);
    if (after != null) {
      unused.removeAll(blobIds(after));
    }
    unused.forEach(packages::delete);
    if (after == null || !before.latest().equals(after.latest())) {
      runtime.retire(before.name());
    }
  }

  static Set<String> blobIds(FunctionRecord function) {
    var ids = new HashSet<String>();
    ids.add(function.latest().codeBlobId());
    function.versions().stream().map(FunctionConfig::codeBlobId).forEach(ids::add);
    return ids;
  }
}
