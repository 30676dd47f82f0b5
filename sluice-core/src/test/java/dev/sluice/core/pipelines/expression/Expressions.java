package dev.sluice.core.pipelines.expression;

import dev.sluice.core.result.Failure;

/**
 * Expressions evaluated where the developer guide's examples are: an activity whose {@code
 * myDateTime} is May 24, 2011 5:10 pm UTC.
 */
final class Expressions {
  private Expressions() {}

  static PipelineFixture fixture() {
    return PipelineFixture.pipeline()
        .object("Act", "ShellCommandActivity", "myDateTime", "2011-05-24T17:10:00");
  }

  static String eval(String text) {
    return fixture().render("Act", text);
  }

  static Failure failure(String text) {
    return fixture().failure("Act", text);
  }
}
