package dev.sluice.aws.stepfunctions.internal;

import dev.sluice.core.workflows.AliasRecord;
import java.util.List;

/** The {@code RoutingConfigurationListItem} shape. */
public record RouteShape(String stateMachineVersionArn, Integer weight) {

  /** Checks a routing configuration of 1–2 items (when given). */
  public static Constraints check(Constraints constraints, List<RouteShape> routes) {
    if (routes == null) {
      return constraints;
    }
    constraints.listSize(routes, "routingConfiguration", 1, 2);
    for (int i = 0; i < routes.size(); i++) {
      var route = routes.get(i);
      var at = "routingConfiguration." + (i + 1) + ".member.";
      constraints
          .required(route.stateMachineVersionArn(), at + "stateMachineVersionArn")
          .length(route.stateMachineVersionArn(), at + "stateMachineVersionArn", 1, 256)
          .required(route.weight(), at + "weight")
          .range(route.weight(), at + "weight", 0, 100);
    }
    return constraints;
  }

  public static List<AliasRecord.Route> routes(List<RouteShape> routes) {
    return routes == null
        ? null
        : routes.stream()
            .map(r -> new AliasRecord.Route(r.stateMachineVersionArn(), r.weight()))
            .toList();
  }

  @Override
  public String toString() {
    return "RoutingConfigurationListItem(stateMachineVersionArn="
        + stateMachineVersionArn
        + ", weight="
        + weight
        + ")";
  }
}
