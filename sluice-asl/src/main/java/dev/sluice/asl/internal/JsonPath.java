package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset ASL uses: {@code $}, {@code .a}, {@code ['a']}, {@code [0]}, {@code [*]},
 * {@code [a:b]}, {@code ..a}.
 */
public final class JsonPath {
  private final String text;
  private final List<String> segments;
  private final boolean definite;

  private JsonPath(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
    this.definite =
        segments.stream().noneMatch(s -> s.equals("[*]") || s.startsWith("..") || s.contains(":"));
  }

  /** Parses {@code text}, which must start with {@code $}; returns null when it is not a path. */
  public static JsonPath parse(String text) {
    if (text == null || !text.startsWith("$")) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == '.') {
        int end = nameEnd(text, i + 2);
        segments.add(".." + text.substring(i + 2, end));
        i = end;
      } else if (c == '.') {
        int end = nameEnd(text, i + 1);
        String name = text.substring(i + 1, end);
        segments.add(name.equals("*") ? "[*]" : "." + name);
        i = end;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          return null;
        }
        String inner = text.substring(i + 1, end).trim();
        if (inner.startsWith("'") || inner.startsWith("\"")) {
          segments.add("." + inner.substring(1, inner.length() - 1));
        } else {
          segments.add("[" + inner + "]");
        }
        i = end + 1;
      } else {
        return null;
      }
    }
    return new JsonPath(text, segments);
  }

  private static int nameEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
      i++;
    }
    return i;
  }

  public String text() {
    return text;
  }

  /** Whether the path selects at most one node (no wildcard, slice or deep scan). */
  public boolean definite() {
    return definite;
  }

  /** The selected nodes; a definite path selects zero or one. */
  public List<JsonNode> select(JsonNode root) {
    List<JsonNode> current = List.of(root);
    for (String segment : segments) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        step(node, segment, next);
      }
      current = next;
    }
    return current;
  }

  /** The value the path reads: the single node if definite, else an array; null if none. */
  public JsonNode read(JsonNode root) {
    List<JsonNode> found = select(root);
    if (definite) {
      return found.isEmpty() ? null : found.get(0);
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    found.forEach(array::add);
    return array;
  }

  private static void step(JsonNode node, String segment, List<JsonNode> out) {
    if (segment.startsWith("..")) {
      scan(node, segment.substring(2), out);
    } else if (segment.startsWith(".")) {
      JsonNode child = node.isObject() ? node.get(segment.substring(1)) : null;
      if (child != null) {
        out.add(child);
      }
    } else if (segment.equals("[*]")) {
      node.forEach(out::add);
    } else {
      index(node, segment.substring(1, segment.length() - 1), out);
    }
  }

  private static void index(JsonNode node, String inner, List<JsonNode> out) {
    if (!node.isArray()) {
      return;
    }
    int size = node.size();
    if (inner.contains(":")) {
      String[] bounds = inner.split(":", -1);
      int from = bound(bounds[0], 0, size);
      int to = bound(bounds[1], size, size);
      for (int i = from; i < to; i++) {
        out.add(node.get(i));
      }
      return;
    }
    int at = Integer.parseInt(inner);
    at = at < 0 ? size + at : at;
    if (at >= 0 && at < size) {
      out.add(node.get(at));
    }
  }

  private static int bound(String text, int fallback, int size) {
    if (text.isBlank()) {
      return fallback;
    }
    int value = Integer.parseInt(text.trim());
    return Math.max(0, Math.min(size, value < 0 ? size + value : value));
  }

  private static void scan(JsonNode node, String name, List<JsonNode> out) {
    if (node.isObject() && node.has(name)) {
      out.add(node.get(name));
    }
    node.forEach(child -> scan(child, name, out));
  }
}
