package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationConformanceTest {

  @Test
  void everyRecordedValidationCaseGetsAwsAnswer() {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (JsonNode entry : CaseFiles.category(directory, "validation")) {
      cases++;
      JsonNode testCase = CaseFiles.testCase(directory, entry);
      String problem = check(testCase);
      if (problem != null) {
        failures.add(testCase.path("name").asText() + ": " + problem);
      }
    }
    System.out.printf(
        "ASL validation conformance: %d cases, %d passed%n", cases, cases - failures.size());
    assertThat(cases).isPositive();
    assertThat(failures).isEmpty();
  }

  private static String check(JsonNode testCase) {
    Checked checked =
        DefinitionCheck.check(
            ConformanceCases.definitionText(testCase),
            testCase.path("state_machine_type").asText().equals("EXPRESS"));
    JsonNode expected = testCase.path("expected");
    if (expected.path("status").asText().equals("VALIDATION_ERROR")) {
      String message = expected.path("message").asText();
      return checked instanceof Checked.Invalid invalid && invalid.message().equals(message)
          ? null
          : "expected " + message + ", got " + checked;
    }
    List<Diagnostic> diagnostics =
        checked instanceof Checked.Invalid invalid ? invalid.diagnostics() : List.of();
    List<Diagnostic> wanted = new ArrayList<>();
    for (JsonNode d : expected.path("diagnostics")) {
      wanted.add(
          new Diagnostic(
              d.path("code").asText(),
              d.path("location").asText(),
              d.path("message").asText(),
              d.path("severity").asText()));
    }
    String result = diagnostics.isEmpty() ? "OK" : "FAIL";
    return result.equals(expected.path("result").asText()) && diagnostics.equals(wanted)
        ? null
        : "expected " + wanted + ", got " + diagnostics;
  }
}
