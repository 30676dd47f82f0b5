package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Failure;
import java.util.List;
import java.util.stream.Collectors;

/**
 * InvalidRequestExceptions about definitions. A definition refused outright gets the message AWS
 * documents for PutPipelineDefinition ("Pipeline definition has errors: Could not save the pipeline
 * definition due to FATAL errors: [...] Please call Validate to validate your pipeline"), with the
 * problems written out where AWS prints an object reference.
 */
public final class Fatal {
  private static final String CODE = "InvalidRequestException";

  private Fatal() {}

  public static Failure refused(List<String> problems) {
    return invalid(
        "Pipeline definition has errors: Could not save the pipeline definition due to FATAL"
            + " errors: "
            + bracketed(problems)
            + " Please call Validate to validate your pipeline");
  }

  /** A definition with validation errors cannot run. */
  public static Failure notValid(ValidationReport report) {
    var errors =
        report.errors().stream()
            .flatMap(o -> o.messages().stream().map(m -> "object '" + o.id() + "': " + m))
            .toList();
    return invalid(
        "Pipeline definition has errors: "
            + bracketed(errors)
            + " Please call Validate to validate your pipeline");
  }

  public static Failure parameterValues(List<String> problems) {
    return invalid("Parameter values have errors: " + bracketed(problems));
  }

  private static Failure invalid(String message) {
    return Failure.of(CODE, 400, message);
  }

  private static String bracketed(List<String> problems) {
    return problems.stream().collect(Collectors.joining("; ", "[", "]"));
  }
}
