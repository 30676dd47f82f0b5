package dev.sluice.core.workflows;

import java.time.Instant;
import java.util.List;

/**
 * A state machine alias: a name routing executions to one or two versions by weight.
 *
 * @param arn {@code <machine arn>:<alias name>}
 * @param machineArn the machine the alias belongs to
 */
public record AliasRecord(
    String arn,
    String name,
    String machineArn,
    String description,
    List<Route> routing,
    Instant created,
    Instant updated) {

  public AliasRecord {
    routing = List.copyOf(routing);
  }

  /** One routing entry: a version ARN and its weight (0–100). */
  public record Route(String versionArn, int weight) {}
}
