package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasRecord.Route;
import java.util.HashSet;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** An alias's routing: checked as Step Functions checks it, and picked from by weight. */
final class AliasRouting {
  private AliasRouting() {}

  /** The machine all routes point into, or the ValidationException Step Functions answers. */
  static Result<String> check(List<Route> routes) {
    if (routes.isEmpty()) {
      return Result.err(
          WorkflowFailures.constraint(
              "[]", "routingConfiguration", "Member must have length greater than or equal to 1"));
    }
    var arns = routes.stream().map(Route::versionArn).toList();
    var received = "Received: [" + String.join(", ", arns) + "]";
    var parsed = arns.stream().map(StatesArn::machineOrQualified).toList();
    if (parsed.stream().anyMatch(r -> !r.isOk() || !r.value().version())) {
      return Result.err(
          WorkflowFailures.validation(
              "Routing configuration must contain state machine version ARNs. " + received));
    }
    if (new HashSet<>(arns).size() != arns.size()) {
      return Result.err(
          WorkflowFailures.validation(
              "Routing configuration must contain distinct state machine version ARNs. "
                  + received));
    }
    var machines = parsed.stream().map(r -> r.value().machineArn()).distinct().toList();
    if (machines.size() != 1) {
      return Result.err(
          WorkflowFailures.validation(
              "Routing configuration must contain versions of the same state machine. "
                  + received));
    }
    if (routes.stream().mapToInt(Route::weight).sum() != 100) {
      return Result.err(
          WorkflowFailures.validation(
              "Sum of routing configuration weights must equal 100. Received: ["
                  + routes.stream()
                      .map(r -> Integer.toString(r.weight()))
                      .collect(Collectors.joining(", "))
                  + "]"));
    }
    return Result.ok(machines.get(0));
  }

  /** The version an execution started through the alias runs. */
  static String pick(List<Route> routes, RandomGenerator random) {
    int draw = random.nextInt(100);
    int sum = 0;
    for (var route : routes) {
      sum += route.weight();
      if (draw < sum) {
        return route.versionArn();
      }
    }
    return routes.get(routes.size() - 1).versionArn();
  }
}
