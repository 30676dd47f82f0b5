package dev.sluice.aws.stepfunctions.internal;

import dev.sluice.aws.protocol.ModelConstraints;
import java.nio.charset.StandardCharsets;

/**
 * The model's constraints on an input's members, checked before the operation runs and reported as
 * AWS's ValidationException: {@code 1 validation error detected: Value 'x' at 'name' failed to
 * satisfy constraint: Member must have length less than or equal to 80} (sensitive members are
 * reported without their value; several problems are joined with {@code ; }).
 */
public final class Constraints extends ModelConstraints<Constraints> {

  public Constraints() {
    super("ValidationException");
  }

  @Override
  protected Constraints self() {
    return this;
  }

  /** A sensitive member: its value is not shown. */
  public Constraints secretLength(String value, String member, int min, int max) {
    if (value != null) {
      lengthProblem(codePoints(value), min, max)
          .ifPresent(constraint -> problem(null, member, constraint));
    }
    return this;
  }

  /** A sensitive member bounded in UTF-8 bytes (execution input, task output). */
  public Constraints bytes(String value, String member, int max) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
      problem(
          null,
          member,
          "Member must have size less than or equal to " + max + " bytes in UTF-8 encoding");
    }
    return this;
  }
}
