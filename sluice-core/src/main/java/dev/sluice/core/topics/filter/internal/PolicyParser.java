package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reads a policy's JSON into its alternatives ({@code $or} expanded) and checks SNS's limits. */
public final class PolicyParser {

  private static final int MAX_BYTES = 256 * 1024;
  private static final String OR_SHAPE = "Value of $or must be an array of at least two objects";

  private final boolean nestedAllowed;

  public PolicyParser(boolean nestedAllowed) {
    this.nestedAllowed = nestedAllowed;
  }

  public Result<List<Branch>> parse(String json) {
    if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return PolicyError.err("Filter policy is too big");
    }
    JsonNode root;
    try {
      root = JsonTrees.read(json);
    } catch (JsonProcessingException e) {
      return PolicyError.err("failed to parse JSON. " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      return PolicyError.err("Filter policy must be a JSON object");
    }
    return object(root, List.of()).flatMap(PolicyLimits::check);
  }

  private Result<List<Branch>> object(JsonNode node, List<String> path) {
    Alternatives all = Alternatives.none();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Result<Alternatives> next = field(field.getKey(), field.getValue(), path).flatMap(all::and);
      if (!next.isOk()) {
        return Result.err(next.failure());
      }
      all = next.value();
    }
    return Result.ok(all.branches());
  }

  private Result<Alternatives> field(String key, JsonNode value, List<String> path) {
    if (key.equals("$or")) {
      return or(value, path);
    }
    List<String> child = Alternatives.append(path, key);
    if (value.isArray()) {
      return LeafParser.parse(child, value).map(Alternatives::of);
    }
    if (value.isObject()) {
      return nestedAllowed
          ? object(value, child).map(Alternatives::new)
          : PolicyError.err(
              "Filter policy scope MessageAttributes does not support nested filter policy");
    }
    return PolicyError.err("\"" + key + "\" must be an object or an array");
  }

  private Result<Alternatives> or(JsonNode value, List<String> path) {
    if (!value.isArray() || value.size() < 2) {
      return PolicyError.err(OR_SHAPE);
    }
    Alternatives any = Alternatives.empty();
    for (JsonNode option : value) {
      if (!option.isObject()) {
        return PolicyError.err(OR_SHAPE);
      }
      Result<List<Branch>> branches = object(option, path);
      if (!branches.isOk()) {
        return Result.err(branches.failure());
      }
      any = any.or(branches.value());
      if (any.branches().size() > PolicyLimits.MAX_COMBINATIONS) {
        return PolicyError.err(PolicyLimits.TOO_COMPLEX);
      }
    }
    return Result.ok(any);
  }
}
