package dev.sluice.core.workflows;

import java.util.List;

/** CreateStateMachineAlias's input; the routes name versions of one machine. */
public record NewAlias(String name, String description, List<AliasRecord.Route> routing) {
  public NewAlias {
    routing = routing == null ? List.of() : List.copyOf(routing);
  }
}
