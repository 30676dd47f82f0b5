package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors and warnings found, per object (or parameter) id; the report lists objects in
 * definition order, then parameters, each message once.
 */
public final class Findings {
  private final List<String> order;
  private final Map<String, Set<String>> errors = new LinkedHashMap<>();
  private final Map<String, Set<String>> warnings = new LinkedHashMap<>();

  public Findings(List<String> order) {
    this.order = List.copyOf(order);
  }

  public void error(String id, String message) {
    errors.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(message);
  }

  public void warning(String id, String message) {
    warnings.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(message);
  }

  public ValidationReport report() {
    return new ValidationReport(messages(errors), messages(warnings));
  }

  private List<ObjectMessages> messages(Map<String, Set<String>> byId) {
    var list = new ArrayList<ObjectMessages>();
    byId.forEach((id, messages) -> list.add(new ObjectMessages(id, List.copyOf(messages))));
    list.sort(Comparator.comparingInt(m -> position(m.id())));
    return list;
  }

  private int position(String id) {
    int at = order.indexOf(id);
    return at < 0 ? order.size() : at;
  }
}
