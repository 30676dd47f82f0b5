package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.PermissionInput;
import dev.sluice.core.functions.PolicyStatement;
import dev.sluice.core.functions.PolicyView;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.Objects;

/** AddPermission, RemovePermission and GetPolicy. */
final class PolicyOperations {
  private final Mutations mutations;

  PolicyOperations(Mutations mutations) {
    this.mutations = mutations;
  }

  Result<String> add(FunctionCaller caller, PermissionInput input) {
    var s = input.statement();
    var missing = missingMember(s);
    if (missing != null) {
      return Result.err(LambdaFailures.required(missing));
    }
    return mutations.apply(
        caller,
        input.functionName(),
        input.qualifier(),
        (ref, function) -> {
          var qualified = Versions.resolve(caller, function, ref.qualifier());
          if (!qualified.isOk()) {
            return Result.err(qualified.failure());
          }
          if (staleRevision(function, input.revisionId())) {
            return Result.err(LambdaFailures.staleRevision());
          }
          if (function.policy().stream().anyMatch(p -> p.sid().equals(s.sid()))) {
            return Result.err(
                LambdaFailures.conflict(
                    "The statement id ("
                        + s.sid()
                        + ") provided already exists. Please provide a new statement"
                        + " id, or remove the existing statement."));
          }
          var statement = qualify(s, ref.qualifier());
          var policy = new ArrayList<>(function.policy());
          policy.add(statement);
          return Result.ok(
              Change.of(
                  function.withPolicy(policy, Revisions.next()),
                  PolicyJson.statementJson(function, statement)));
        });
  }

  Result<Void> remove(
      FunctionCaller caller,
      String functionName,
      String qualifier,
      String statementId,
      String revisionId) {
    return mutations.apply(
        caller,
        functionName,
        qualifier,
        (ref, function) -> {
          if (staleRevision(function, revisionId)) {
            return Result.err(LambdaFailures.staleRevision());
          }
          var matching =
              function.policy().stream()
                  .filter(
                      p ->
                          p.sid().equals(statementId)
                              && Objects.equals(p.qualifier(), ref.qualifier()))
                  .toList();
          if (matching.isEmpty()) {
            return Result.err(
                LambdaFailures.notFound(
                    "Statement " + statementId + " is not found in resource policy."));
          }
          var policy = new ArrayList<>(function.policy());
          policy.removeAll(matching);
          return Result.ok(Change.<Void>of(function.withPolicy(policy, Revisions.next()), null));
        });
  }

  Result<PolicyView> get(FunctionCaller caller, String functionName, String qualifier) {
    return mutations.read(
        caller,
        functionName,
        qualifier,
        (ref, function) -> {
          var statements =
              function.policy().stream()
                  .filter(p -> Objects.equals(p.qualifier(), ref.qualifier()))
                  .toList();
          if (statements.isEmpty()) {
            return Result.err(
                LambdaFailures.notFound("The resource you requested does not exist."));
          }
          return Result.ok(
              new PolicyView(PolicyJson.policy(function, statements), function.policyRevisionId()));
        });
  }

  /** The first required member AddPermission lacks, or null. */
  private static String missingMember(PolicyStatement s) {
    if (s.sid() == null) {
      return "statementId";
    }
    if (s.action() == null) {
      return "action";
    }
    return s.principal() == null ? "principal" : null;
  }

  private static boolean staleRevision(FunctionRecord function, String revisionId) {
    return revisionId != null && !revisionId.equals(function.policyRevisionId());
  }

  private static PolicyStatement qualify(PolicyStatement s, String qualifier) {
    return new PolicyStatement(
        s.sid(),
        s.action(),
        s.principal(),
        s.sourceArn(),
        s.sourceAccount(),
        s.principalOrgId(),
        s.eventSourceToken(),
        qualifier);
  }
}
