package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.AccountSettings;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.result.Result;
import java.util.Objects;

/** Put/Get/DeleteFunctionConcurrency and GetAccountSettings, with Lambda's account limits. */
final class ConcurrencyOperations {
  static final int ACCOUNT_CONCURRENCY = 1000;
  static final int MINIMUM_UNRESERVED = 100;

  private final FunctionCatalog catalog;
  private final Mutations mutations;

  ConcurrencyOperations(FunctionCatalog catalog, Mutations mutations) {
    this.catalog = catalog;
    this.mutations = mutations;
  }

  Result<Integer> put(FunctionCaller caller, String functionName, int reserved) {
    if (reserved < 0) {
      return Result.err(
          LambdaFailures.validation(
              Integer.toString(reserved),
              "reservedConcurrentExecutions",
              "Member must have value greater than or equal to 0"));
    }
    return mutations.apply(
        caller,
        functionName,
        function -> {
          int others = reservedByOthers(function.name());
          if (ACCOUNT_CONCURRENCY - others - reserved < MINIMUM_UNRESERVED) {
            return Result.err(
                LambdaFailures.invalidParameter(
                    "Specified ReservedConcurrentExecutions for function decreases"
                        + " account's UnreservedConcurrentExecution below its minimum"
                        + " value of ["
                        + MINIMUM_UNRESERVED
                        + "]."));
          }
          return Result.ok(Change.of(function.withReservedConcurrency(reserved), reserved));
        });
  }

  Result<Integer> get(FunctionCaller caller, String functionName) {
    return mutations.read(caller, functionName).map(FunctionRecord::reservedConcurrency);
  }

  Result<Void> delete(FunctionCaller caller, String functionName) {
    return mutations.apply(
        caller,
        functionName,
        function -> Result.ok(Change.<Void>of(function.withReservedConcurrency(null), null)));
  }

  AccountSettings accountSettings() {
    var functions = catalog.list(null, Integer.MAX_VALUE);
    long codeSize = 0;
    for (var function : functions) {
      codeSize += function.latest().codeSize();
      for (var version : function.versions()) {
        codeSize += version.codeSize();
      }
    }
    int reserved = reservedByOthers(null);
    return new AccountSettings(
        80L * 1024 * 1024 * 1024,
        262_144_000L,
        52_428_800L,
        ACCOUNT_CONCURRENCY,
        ACCOUNT_CONCURRENCY - reserved,
        codeSize,
        functions.size());
  }

  private int reservedByOthers(String name) {
    return catalog.list(null, Integer.MAX_VALUE).stream()
        .filter(f -> !Objects.equals(f.name(), name))
        .map(FunctionRecord::reservedConcurrency)
        .filter(Objects::nonNull)
        .mapToInt(Integer::intValue)
        .sum();
  }
}
