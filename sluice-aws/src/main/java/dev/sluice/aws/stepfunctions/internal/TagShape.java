package dev.sluice.aws.stepfunctions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code Tag} shape: a key of 1–128 characters and a value of up to 256. */
public record TagShape(String key, String value) {

  /** Checks the {@code member} list's tags. */
  public static Constraints check(Constraints constraints, List<TagShape> tags, String member) {
    if (tags != null) {
      for (int i = 0; i < tags.size(); i++) {
        var tag = tags.get(i);
        var at = member + "." + (i + 1) + ".member.";
        constraints
            .required(tag.key(), at + "key")
            .length(tag.key(), at + "key", 1, 128)
            .required(tag.value(), at + "value")
            .length(tag.value(), at + "value", 0, 256);
      }
    }
    return constraints;
  }

  /** The tags as a map in the order given (a later duplicate key wins). */
  public static Map<String, String> map(List<TagShape> tags) {
    var map = new LinkedHashMap<String, String>();
    if (tags != null) {
      tags.forEach(tag -> map.put(tag.key(), tag.value()));
    }
    return map;
  }
}
