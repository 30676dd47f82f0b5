package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.ConfigurationChange;
import dev.sluice.core.functions.CreateFunctionInput;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.FunctionView;
import dev.sluice.core.functions.Page;
import dev.sluice.core.functions.UpdateCodeInput;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** CreateFunction, GetFunction, ListFunctions, the two updates and DeleteFunction. */
final class FunctionLifecycle {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private final FunctionCatalog catalog;
  private final CodePackages packages;
  private final Mutations mutations;
  private final Clock clock;

  FunctionLifecycle(
      FunctionCatalog catalog, CodePackages packages, Mutations mutations, Clock clock) {
    this.catalog = catalog;
    this.packages = packages;
    this.mutations = mutations;
    this.clock = clock;
  }

  Result<FunctionConfig> create(FunctionCaller caller, CreateFunctionInput input) {
    var name = input.functionName();
    if (name == null || !NAME.matcher(name).matches()) {
      return Result.err(
          LambdaFailures.validation(
              name,
              "functionName",
              "Member must satisfy regular expression pattern: "
                  + LambdaFailures.FUNCTION_NAME_PATTERN));
    }
    if (input.packageType() != null && !"Zip".equals(input.packageType())) {
      return Result.err(
          LambdaFailures.invalidParameter(
              "Sluice runs Zip packages only; PackageType "
                  + input.packageType()
                  + " is not"
                  + " supported."));
    }
    var config = input.configuration();
    if (config.runtime() == null || config.handler() == null) {
      return Result.err(
          LambdaFailures.invalidParameter(
              "Runtime and Handler are mandatory parameters for"
                  + " functions created with deployment packages."));
    }
    var broken = ConfigurationRules.check(config, true);
    if (broken.isPresent()) {
      return Result.err(broken.get());
    }
    if (catalog.find(name).isPresent()) {
      return Result.err(LambdaFailures.conflict("Function already exist: " + name));
    }
    return packages.store(input.code()).flatMap(code -> insert(caller, input, code));
  }

  private Result<FunctionConfig> insert(
      FunctionCaller caller, CreateFunctionInput input, StoredPackage code) {
    var latest = Configs.created(input.functionName(), input.configuration(), code, clock.now());
    var function =
        new FunctionRecord(
            input.functionName(),
            caller.region(),
            caller.account(),
            latest,
            List.of(),
            0,
            List.of(),
            List.of(),
            Revisions.next(),
            null,
            List.of(),
            input.tags());
    var answer = latest;
    if (input.publish()) {
      var published = Versions.publish(function, null);
      function = published.function();
      answer = published.answer();
    }
    if (!catalog.insert(function, List.of())) {
      packages.delete(code.blobId());
      return Result.err(LambdaFailures.conflict("Function already exist: " + input.functionName()));
    }
    return Result.ok(answer);
  }

  Result<FunctionView> get(FunctionCaller caller, String functionName, String qualifier) {
    return mutations.read(
        caller,
        functionName,
        qualifier,
        (ref, function) ->
            Versions.resolve(caller, function, ref.qualifier())
                .map(config -> new FunctionView(function, config)));
  }

  Page<FunctionConfig> list(boolean allVersions, String marker, Integer maxItems) {
    var configs = new ArrayList<FunctionConfig>();
    for (var function : catalog.list(null, Integer.MAX_VALUE)) {
      configs.add(function.latest());
      if (allVersions) {
        configs.addAll(function.versions());
      }
    }
    return Paging.page(configs, c -> c.name() + ":" + c.version(), marker, maxItems);
  }

  Result<FunctionConfig> updateCode(FunctionCaller caller, UpdateCodeInput input) {
    var parsed = FunctionRef.parse(input.functionName(), null);
    if (!parsed.isOk()) {
      return Result.err(parsed.failure());
    }
    var ref = parsed.value();
    var read = mutations.read(caller, ref);
    if (!read.isOk()) {
      return Result.err(read.failure());
    }
    var stored = packages.store(input.code());
    if (!stored.isOk()) {
      return Result.err(stored.failure());
    }
    var code = stored.value();
    if (input.dryRun()) {
      packages.delete(code.blobId());
      var function = read.value();
      return staleRevision(function, input.revisionId())
          ? Result.err(LambdaFailures.staleRevision())
          : Result.ok(Configs.withCode(function.latest(), code, clock.now()));
    }
    var result =
        mutations.apply(
            caller,
            ref,
            function -> {
              if (staleRevision(function, input.revisionId())) {
                return Result.err(LambdaFailures.staleRevision());
              }
              var updated =
                  function.withLatest(Configs.withCode(function.latest(), code, clock.now()));
              return Result.ok(
                  input.publish()
                      ? Versions.publish(updated, null)
                      : Change.of(updated, updated.latest()));
            });
    if (!result.isOk()) {
      packages.delete(code.blobId());
    }
    return result;
  }

  Result<FunctionConfig> updateConfiguration(
      FunctionCaller caller, String functionName, ConfigurationChange change, String revisionId) {
    var broken = ConfigurationRules.check(change, false);
    if (broken.isPresent()) {
      return Result.err(broken.get());
    }
    return mutations.apply(
        caller,
        functionName,
        function -> {
          if (staleRevision(function, revisionId)) {
            return Result.err(LambdaFailures.staleRevision());
          }
          var latest = Configs.changed(function.latest(), change, clock.now());
          return Result.ok(Change.of(function.withLatest(latest), latest));
        });
  }

  Result<Void> delete(FunctionCaller caller, String functionName, String qualifier) {
    var parsed = FunctionRef.parse(functionName, qualifier);
    if (!parsed.isOk()) {
      return Result.err(parsed.failure());
    }
    var ref = parsed.value();
    return ref.qualifier() == null ? deleteFunction(caller, ref) : deleteVersion(caller, ref);
  }

  private Result<Void> deleteFunction(FunctionCaller caller, FunctionRef ref) {
    for (int attempt = 0; attempt < 20; attempt++) {
      var stored = catalog.find(ref.name());
      if (stored.isEmpty()) {
        return Result.err(LambdaFailures.functionNotFound(ref.arn(caller)));
      }
      if (catalog.delete(ref.name(), stored.get().revision())) {
        mutations.replaced(stored.get().function(), null);
        return Result.ok(null);
      }
    }
    return Result.err(LambdaFailures.busy(ref.arn(caller)));
  }

  private Result<Void> deleteVersion(FunctionCaller caller, FunctionRef ref) {
    if (FunctionArns.LATEST.equals(ref.qualifier())) {
      return Result.err(
          LambdaFailures.invalidParameter(
              "$LATEST version cannot be deleted without deleting the function."));
    }
    return mutations.apply(
        caller,
        ref,
        function -> {
          if (function.version(ref.qualifier()).isEmpty()) {
            return Result.err(LambdaFailures.functionNotFound(ref.arn(caller)));
          }
          var aliases =
              function.aliases().stream()
                  .filter(a -> a.functionVersion().equals(ref.qualifier()))
                  .map(a -> FunctionArns.qualified(function, a.name()))
                  .toList();
          if (!aliases.isEmpty()) {
            return Result.err(
                LambdaFailures.conflict(
                    "Unable to delete version because the following aliases reference it: "
                        + aliases));
          }
          var versions =
              function.versions().stream()
                  .filter(v -> !v.version().equals(ref.qualifier()))
                  .toList();
          var configs =
              function.eventInvokeConfigs().stream()
                  .filter(c -> !c.qualifier().equals(ref.qualifier()))
                  .toList();
          return Result.ok(
              Change.<Void>of(
                  function
                      .withVersions(versions, function.lastVersion())
                      .withEventInvokeConfigs(configs),
                  null));
        });
  }

  static boolean staleRevision(FunctionRecord function, String revisionId) {
    return revisionId != null && !revisionId.equals(function.latest().revisionId());
  }
}
