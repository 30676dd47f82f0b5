package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.AliasInput;
import dev.sluice.core.functions.AliasView;
import dev.sluice.core.functions.FunctionAlias;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.Page;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;

/** CreateAlias, GetAlias, UpdateAlias, DeleteAlias and ListAliases. */
final class AliasOperations {
  private static final Pattern NAME = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

  private final Mutations mutations;

  AliasOperations(Mutations mutations) {
    this.mutations = mutations;
  }

  Result<AliasView> create(FunctionCaller caller, AliasInput input) {
    if (input.name() == null || !NAME.matcher(input.name()).matches()) {
      return Result.err(
          LambdaFailures.validation(
              input.name(),
              "name",
              "Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)"));
    }
    if (input.functionVersion() == null) {
      return Result.err(LambdaFailures.required("functionVersion"));
    }
    return mutations.apply(
        caller,
        input.functionName(),
        function -> {
          if (function.alias(input.name()).isPresent()) {
            return Result.err(
                LambdaFailures.conflict(
                    "Alias already exists: " + FunctionArns.qualified(function, input.name())));
          }
          var missing = missingVersion(caller, function, input.functionVersion());
          if (missing != null) {
            return Result.err(missing);
          }
          var alias =
              new FunctionAlias(
                  input.name(),
                  input.functionVersion(),
                  input.description(),
                  input.weights() == null ? Map.of() : input.weights(),
                  Revisions.next());
          var aliases = new ArrayList<>(function.aliases());
          aliases.add(alias);
          return Result.ok(Change.of(function.withAliases(aliases), view(function, alias)));
        });
  }

  Result<AliasView> get(FunctionCaller caller, String functionName, String aliasName) {
    return mutations
        .read(caller, functionName)
        .flatMap(function -> find(function, aliasName).map(alias -> view(function, alias)));
  }

  Result<AliasView> update(FunctionCaller caller, AliasInput input) {
    return mutations.apply(
        caller, input.functionName(), function -> updated(caller, function, input));
  }

  private Result<Change<AliasView>> updated(
      FunctionCaller caller, FunctionRecord function, AliasInput input) {
    var found = find(function, input.name());
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    var old = found.value();
    if (input.revisionId() != null && !input.revisionId().equals(old.revisionId())) {
      return Result.err(LambdaFailures.staleRevision());
    }
    if (input.functionVersion() != null) {
      var missing = missingVersion(caller, function, input.functionVersion());
      if (missing != null) {
        return Result.err(missing);
      }
    }
    var alias =
        new FunctionAlias(
            old.name(),
            input.functionVersion() == null ? old.functionVersion() : input.functionVersion(),
            input.description() == null ? old.description() : input.description(),
            input.weights() == null ? old.weights() : input.weights(),
            Revisions.next());
    var aliases =
        function.aliases().stream().map(a -> a.name().equals(old.name()) ? alias : a).toList();
    return Result.ok(Change.of(function.withAliases(aliases), view(function, alias)));
  }

  Result<Void> delete(FunctionCaller caller, String functionName, String aliasName) {
    return mutations.apply(
        caller,
        functionName,
        function -> {
          var aliases =
              function.aliases().stream().filter(a -> !a.name().equals(aliasName)).toList();
          var configs =
              function.eventInvokeConfigs().stream()
                  .filter(c -> !c.qualifier().equals(aliasName))
                  .toList();
          return Result.ok(
              Change.<Void>of(function.withAliases(aliases).withEventInvokeConfigs(configs), null));
        });
  }

  Result<Page<AliasView>> list(
      FunctionCaller caller,
      String functionName,
      String functionVersion,
      String marker,
      Integer maxItems) {
    return mutations
        .read(caller, functionName)
        .map(
            function -> {
              var views =
                  function.aliases().stream()
                      .filter(
                          a ->
                              functionVersion == null
                                  || a.functionVersion().equals(functionVersion))
                      .sorted(Comparator.comparing(FunctionAlias::name))
                      .map(a -> view(function, a))
                      .toList();
              return Paging.page(views, v -> v.alias().name(), marker, maxItems);
            });
  }

  private static Result<FunctionAlias> find(FunctionRecord function, String aliasName) {
    return function
        .alias(aliasName)
        .<Result<FunctionAlias>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    LambdaFailures.notFound(
                        "Cannot find alias arn: " + FunctionArns.qualified(function, aliasName))));
  }

  private static Failure missingVersion(
      FunctionCaller caller, FunctionRecord function, String version) {
    if (version != null && function.version(version).isPresent()) {
      return null;
    }
    return LambdaFailures.functionNotFound(new FunctionRef(function.name(), version).arn(caller));
  }

  static AliasView view(FunctionRecord function, FunctionAlias alias) {
    return new AliasView(FunctionArns.qualified(function, alias.name()), alias);
  }
}
