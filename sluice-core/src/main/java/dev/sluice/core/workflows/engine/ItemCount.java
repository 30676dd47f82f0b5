package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.State;

/**
 * How many items a Map would have run: AWS reports it in MapStateStarted even when a threshold
 * check fails right after. Reads ItemsPath when it is a plain {@code $.a.b} path (0 otherwise).
 */
final class ItemCount {
  private ItemCount() {}

  static int of(State.MapState map, JsonNode input) {
    String path = map.itemsPath() == null ? "$" : map.itemsPath();
    if (!path.equals("$") && !path.matches("\\$(\\.[A-Za-z0-9_]+)+")) {
      return 0;
    }
    JsonNode at = input;
    for (String name : path.equals("$") ? new String[0] : path.substring(2).split("\\.")) {
      at = at == null ? null : at.get(name);
    }
    return at != null && at.isArray() ? at.size() : 0;
  }
}
