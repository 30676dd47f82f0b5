package dev.sluice.aws.glue.internal;

import dev.sluice.aws.protocol.ModelPattern;
import dev.sluice.aws.protocol.StringShape;

/** The string shapes of Glue's model that stand as members of lists and maps. */
public final class StringShapes {
  private static final String SINGLE_LINE =
      "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*";

  /** {@code NameString} and {@code IdString}: 1 to 255 characters of one line. */
  public static final StringShape NAME = new StringShape(1, 255, ModelPattern.of(SINGLE_LINE));

  /** {@code ConnectionString}: up to 255 characters. */
  public static final StringShape CONNECTION = new StringShape(null, 255, null);

  public static final StringShape TAG_KEY = new StringShape(1, 128, null);
  public static final StringShape TAG_VALUE = new StringShape(0, 256, null);

  /** {@code NodeId}, the keys of CodeGenConfigurationNodes. */
  public static final StringShape NODE_ID =
      new StringShape(null, null, ModelPattern.of("[A-Za-z0-9_-]*"));

  private StringShapes() {}
}
