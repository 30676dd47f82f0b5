package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.pipelines.Tag;
import java.util.List;

/** The wire's {@code Tag}: a key of 1–128 characters and a value of up to 256; at most 10. */
public record TagShape(String key, String value) {

  /** Checks a {@code tagList} named {@code member}. */
  public static Constraints check(Constraints constraints, List<TagShape> tags, String member) {
    return constraints
        .listSize(tags, member, 0, 10)
        .each(
            tags,
            member,
            (tag, at) ->
                constraints
                    .required(tag.key(), at + ".key")
                    .length(tag.key(), at + ".key", 1, 128)
                    .required(tag.value(), at + ".value")
                    .length(tag.value(), at + ".value", 0, 256));
  }

  /** As AWS shows a tag in a refused list's value. */
  @Override
  public String toString() {
    return "Tag(key=" + key + ", value=" + value + ")";
  }

  public static List<Tag> toTags(List<TagShape> tags) {
    return tags == null ? null : tags.stream().map(t -> new Tag(t.key(), t.value())).toList();
  }
}
