package dev.sluice.it.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a history whose Parallel events the recorder sorted (README: their ids blanked). The
 * recorder also left out some events of those regions — the ids of the events it kept show the gaps
 * — so: every event it kept with an id must be ours at that id, and the blanked ones must all be
 * among our other events.
 */
final class SortedHistory {
  private SortedHistory() {}

  static boolean matches(JsonNode expected, List<String> actual) {
    List<String> rest = new ArrayList<>(actual);
    List<String> blanked = new ArrayList<>();
    for (JsonNode event : expected) {
      JsonNode id = event.path("id");
      String type = event.path("type").asText();
      if (!id.isNumber()) {
        blanked.add(type);
        continue;
      }
      int index = id.asInt() - 1;
      if (index < 0 || index >= actual.size() || !actual.get(index).equals(type)) {
        return false;
      }
      rest.set(index, null);
    }
    for (String type : blanked) {
      if (!rest.remove(type)) {
        return false;
      }
    }
    return true;
  }
}
