package dev.sluice.aws.glue.internal;

import java.util.Map;

/** The wire's {@code TagsMap}: at most 50 tags, keys of 1–128 characters, values up to 256. */
public final class TagsShape {
  private TagsShape() {}

  /** Checks a tags map named {@code member}. */
  public static Constraints check(
      Constraints constraints, Map<String, String> tags, String member) {
    return tags == null
        ? constraints
        : constraints
            .size(tags, tags.size(), member, 0, 50)
            .entries(tags, member, StringShapes.TAG_KEY, StringShapes.TAG_VALUE, false);
  }
}
