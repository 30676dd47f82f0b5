package dev.sluice.aws.sns.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.Tag;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One SNS query request: its flattened parameters ({@code Attributes.entry.1.key}, {@code
 * Tags.member.1.Key}, ...), and the region and account new topics are created in.
 */
public record SnsRequest(Map<String, String> parameters, String region, String account) {
  public SnsRequest {
    parameters = Map.copyOf(parameters);
  }

  /** The parameter's value, or null when it was not sent. */
  public String get(String name) {
    return parameters.get(name);
  }

  /** Whether the member was sent, as a value or as entries/members under it. */
  public boolean has(String member) {
    return parameters.containsKey(member)
        || parameters.keySet().stream().anyMatch(name -> name.startsWith(member + "."));
  }

  /** A string map sent as {@code <member>.entry.N.key} and {@code .value}. */
  public Map<String, String> map(String member) {
    var map = new LinkedHashMap<String, String>();
    for (int n : indexes(member + ".entry.")) {
      var prefix = member + ".entry." + n + ".";
      var key = parameters.get(prefix + "key");
      if (key != null) {
        map.put(key, parameters.getOrDefault(prefix + "value", ""));
      }
    }
    return map;
  }

  /** A string list sent as {@code <member>.member.N}. */
  public List<String> strings(String member) {
    var list = new ArrayList<String>();
    for (int n : indexes(member + ".member.")) {
      var value = parameters.get(member + ".member." + n);
      if (value != null) {
        list.add(value);
      }
    }
    return list;
  }

  /** Tags sent as {@code <member>.member.N.Key} and {@code .Value}; an absent part is null. */
  public List<Tag> tags(String member) {
    var tags = new ArrayList<Tag>();
    for (int n : indexes(member + ".member.")) {
      var prefix = member + ".member." + n + ".";
      tags.add(new Tag(parameters.get(prefix + "Key"), parameters.get(prefix + "Value")));
    }
    return tags;
  }

  /** The numbers N under {@code <prefix>N...}, in ascending order. */
  public List<Integer> indexes(String prefix) {
    var indexes = new TreeSet<Integer>();
    for (var name : parameters.keySet()) {
      if (name.startsWith(prefix)) {
        var rest = name.substring(prefix.length());
        int end = rest.indexOf('.');
        var digits = end < 0 ? rest : rest.substring(0, end);
        if (!digits.isEmpty()
            && digits.length() < 6
            && digits.chars().allMatch(Character::isDigit)) {
          indexes.add(Integer.parseInt(digits));
        }
      }
    }
    return List.copyOf(indexes);
  }

  /**
   * Message attributes sent as {@code <member>.entry.N.Name}, {@code .Value.DataType}, {@code
   * .Value.StringValue} and {@code .Value.BinaryValue} (base64).
   */
  public Result<Map<String, MessageAttribute>> messageAttributes(String member) {
    var attributes = new LinkedHashMap<String, MessageAttribute>();
    for (int n : indexes(member + ".entry.")) {
      var prefix = member + ".entry." + n + ".";
      var name = parameters.get(prefix + "Name");
      if (name == null) {
        continue;
      }
      var dataType = parameters.get(prefix + "Value.DataType");
      if (dataType == null || dataType.isEmpty()) {
        return Result.err(
            Failure.of(
                "InvalidParameterValue",
                400,
                "The message attribute '"
                    + name
                    + "' must contain non-empty message attribute type."));
      }
      var binary = parameters.get(prefix + "Value.BinaryValue");
      byte[] bytes = null;
      if (binary != null) {
        try {
          bytes = Base64.getDecoder().decode(binary);
        } catch (IllegalArgumentException notBase64) {
          return Result.err(
              Failure.of(
                  "InvalidParameterValue",
                  400,
                  "The message attribute '" + name + "' has an invalid binary value."));
        }
      }
      attributes.put(
          name,
          new MessageAttribute(dataType, parameters.get(prefix + "Value.StringValue"), bytes));
    }
    return Result.ok(attributes);
  }
}
