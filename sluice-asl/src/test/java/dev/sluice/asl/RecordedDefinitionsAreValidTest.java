package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AWS ran every recorded execution, so the check must accept each of their definitions. JSONata
 * machines are left to the JSONata parser, which knows that {@code {% %}} fields are expressions.
 */
class RecordedDefinitionsAreValidTest {

  private static boolean usesJsonata(JsonNode entry) {
    for (JsonNode feature : entry.path("features")) {
      if (feature.asText().startsWith("QueryLanguage:JSONata")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void acceptsTheDefinitionOfEveryRecordedExecution() {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    List<String> rejected = new ArrayList<>();
    int cases = 0;
    for (String category : List.of("pure", "lambda", "service")) {
      for (JsonNode entry : CaseFiles.category(directory, category)) {
        JsonNode testCase = CaseFiles.testCase(directory, entry);
        if (testCase.path("expected").path("status").asText().startsWith("VALIDATION")
            || usesJsonata(entry)) {
          continue;
        }
        cases++;
        Checked checked =
            DefinitionCheck.check(
                ConformanceCases.definitionText(testCase),
                testCase.path("state_machine_type").asText().equals("EXPRESS"));
        if (checked instanceof Checked.Invalid invalid) {
          rejected.add(testCase.path("name").asText() + ": " + invalid.message());
        }
      }
    }
    System.out.printf(
        "ASL recorded definitions: %d checked, %d rejected%n", cases, rejected.size());
    assertThat(rejected).isEmpty();
  }
}
