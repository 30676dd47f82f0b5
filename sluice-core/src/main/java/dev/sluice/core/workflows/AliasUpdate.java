package dev.sluice.core.workflows;

import java.util.List;

/** UpdateStateMachineAlias's input: a null description or routing is left as it is. */
public record AliasUpdate(String aliasArn, String description, List<AliasRecord.Route> routing) {
  public AliasUpdate {
    routing = routing == null ? null : List.copyOf(routing);
  }
}
