package dev.sluice.aws.datapipeline.internal;

import dev.sluice.aws.protocol.ModelConstraints;
import dev.sluice.aws.protocol.ModelPattern;
import dev.sluice.aws.protocol.StringShape;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Data Pipeline's model constraints on an input's members, checked before the service is called and
 * refused as a ValidationException (400) in the words of AWS's request validation: {@code 1
 * validation error detected: Value 'x' at 'name' failed to satisfy constraint: Member must have
 * length less than or equal to 1024}; several problems are counted and joined with {@code ; }.
 * Members of lists are named {@code pipelineObjects.1.member.fields.2.member.key}.
 */
public final class Constraints extends ModelConstraints<Constraints> {
  /** The pattern of the model's string shapes, as AWS prints it: any XML character. */
  static final ModelPattern TEXT =
      new ModelPattern(
          "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*",
          Pattern.compile(
              "[\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}\\r\\n\\t]*"));

  public Constraints() {
    super("ValidationException");
  }

  /** Constraints that begin with the required {@code pipelineId} member (an {@code id}). */
  public static Constraints ofPipeline(String pipelineId) {
    return new Constraints().required(pipelineId, "pipelineId").id(pipelineId, "pipelineId");
  }

  @Override
  protected Constraints self() {
    return this;
  }

  /** The {@code id} shape: 1 to 1024 characters of text. */
  public Constraints id(String value, String member) {
    return text(value, member, 1, 1024);
  }

  /** The {@code string} shape: up to 1024 characters of text. */
  public Constraints string(String value, String member) {
    return text(value, member, 0, 1024);
  }

  /** A string shape with the model's text pattern. */
  public Constraints text(String value, String member, int min, int max) {
    return text(value, member, min, max, TEXT);
  }

  /**
   * A list of text members ({@code idList}, {@code stringList}): one problem for the list when a
   * member is null or breaks its shape, naming every constraint of the member shape.
   */
  public Constraints textList(List<String> values, String member, int min, int max) {
    return members(values, member, new StringShape(min, max, TEXT));
  }

  /**
   * Checks each structure of a list with {@code check}, given the structure and its member name
   * ({@code member.N.member}); a null structure must not be null.
   */
  public <T> Constraints each(List<T> items, String member, BiConsumer<T, String> check) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        var at = member + "." + (i + 1) + ".member";
        if (items.get(i) == null) {
          required(null, at);
        } else {
          check.accept(items.get(i), at);
        }
      }
    }
    return this;
  }
}
