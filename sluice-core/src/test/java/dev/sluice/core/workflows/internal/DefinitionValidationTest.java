package dev.sluice.core.workflows.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.DefinitionDiagnostic;
import dev.sluice.core.workflows.MachineType;
import org.junit.jupiter.api.Test;

class DefinitionValidationTest {
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  @Test
  void aValidDefinitionHasNoFailureAndAnOkReport() {
    assertThat(DefinitionValidation.failure(PASS, MachineType.STANDARD)).isEmpty();
    var report = DefinitionValidation.report(PASS, MachineType.EXPRESS);
    assertThat(report.ok()).isTrue();
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void theParsersProblemsBecomeDiagnosticsWithCodeMessageAndLocation() {
    var report =
        DefinitionValidation.report(
            "{\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", MachineType.STANDARD);

    assertThat(report.ok()).isFalse();
    assertThat(report.diagnostics())
        .containsExactly(
            new DefinitionDiagnostic(
                "ERROR", "SCHEMA_VALIDATION_FAILED", "These fields are required: [StartAt]", "/"));
  }

  @Test
  void textThatIsNotJsonIsAnInvalidJsonDescription() {
    var failure = DefinitionValidation.failure("{\"StartAt\":", MachineType.STANDARD).orElseThrow();

    assertThat(failure.code()).isEqualTo("InvalidDefinition");
    assertThat(failure.message())
        .startsWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ");
    assertThat(DefinitionValidation.report("", MachineType.STANDARD).diagnostics())
        .extracting(DefinitionDiagnostic::code)
        .containsExactly("INVALID_JSON_DESCRIPTION");
  }
}
