package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PureConformanceTest {

  @Test
  void everySelectedPureCaseEndsAsAwsRecordedIt() {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    List<String> failures = new ArrayList<>();
    int selected = 0;
    for (JsonNode entry : CaseFiles.category(directory, "pure")) {
      if (!ConformanceCases.covered(entry)) {
        continue;
      }
      selected++;
      JsonNode testCase = CaseFiles.testCase(directory, entry);
      String problem = check(testCase);
      if (problem != null) {
        failures.add(testCase.path("name").asText() + ": " + problem);
      }
    }
    System.out.printf(
        "ASL pure conformance: %d selected, %d passed%n", selected, selected - failures.size());
    assertThat(selected).isPositive();
    assertThat(failures).isEmpty();
  }

  @Test
  void reportsHowManyPureCasesAreCovered() {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    List<JsonNode> pure = CaseFiles.category(directory, "pure");
    long covered = pure.stream().filter(ConformanceCases::covered).count();
    System.out.printf("ASL pure cases: %d in total, %d covered%n", pure.size(), covered);
    assertThat(covered).isLessThanOrEqualTo(pure.size());
  }

  private static String check(JsonNode testCase) {
    Parsed parsed = AslParser.parse(testCase.path("definition"));
    if (!(parsed instanceof Parsed.Valid valid)) {
      return "parse failed: " + ((Parsed.Invalid) parsed).message();
    }
    JsonNode input =
        testCase.path("input_omitted").asBoolean()
            ? CaseFiles.JSON.createObjectNode()
            : testCase.path("input");
    ExecutionRunner.Outcome outcome =
        ExecutionRunner.run(
            valid.machine(),
            input,
            testCase.path("state_machine_type").asText().equals("EXPRESS"),
            testCase.path("start").asText().equals("StartSyncExecution"));
    Step step = outcome.step();
    JsonNode expected = testCase.path("expected");
    String problem =
        switch (expected.path("status").asText()) {
          case "SUCCEEDED" ->
              succeeded(step, expected, testCase.path("output_is_wildcard").asBoolean());
          case "TIMED_OUT" -> timedOut(step);
          default -> failed(step, expected);
        };
    return problem != null
        ? problem
        : RecordedAssignments.check(outcome.exits(), expected.path("history"));
  }

  private static String succeeded(Step step, JsonNode expected, boolean wildcard) {
    if (!(step instanceof Step.Succeeded succeeded)) {
      return "expected success, got " + step;
    }
    if (wildcard || same(succeeded.output(), expected.path("output"))) {
      return null;
    }
    return "output " + succeeded.output() + " != " + expected.path("output");
  }

  private static String timedOut(Step step) {
    return step instanceof Step.Failed failed && "States.Timeout".equals(failed.error())
        ? null
        : "expected a timeout, got " + step;
  }

  private static String failed(Step step, JsonNode expected) {
    if (!(step instanceof Step.Failed failed)) {
      return "expected failure, got " + step;
    }
    String error = expected.path("error").isNull() ? null : expected.path("error").asText(null);
    String cause = expected.path("cause").isNull() ? null : expected.path("cause").asText(null);
    if (!Objects.equals(error, failed.error())) {
      return "error " + failed.error() + " != " + error;
    }
    if (cause != null
        && (failed.cause() == null || !pattern(cause).matcher(failed.cause()).matches())) {
      return "cause " + failed.cause() + " != " + cause;
    }
    return null;
  }

  /** The recorder replaced run-specific values by {@code <placeholder>}s: they match anything. */
  private static Pattern pattern(String expected) {
    StringBuilder regex = new StringBuilder();
    for (String part : expected.split("<[A-Za-z0-9_:-]+>", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  static boolean same(JsonNode actual, JsonNode expected) {
    try {
      return matches(
          CaseFiles.JSON.readTree(actual.toString()), CaseFiles.JSON.readTree(expected.toString()));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** Equal JSON, except that an expected {@code "<placeholder>"} string matches any value. */
  private static boolean matches(JsonNode actual, JsonNode expected) {
    if (expected.isTextual() && PLACEHOLDER.matcher(expected.asText()).matches()) {
      return true;
    }
    if (expected.asText().equals("date") && actual.isTextual()) {
      return isTimestamp(actual.asText());
    }
    if (expected.isTextual() && actual.isTextual()) {
      return pattern(expected.asText()).matcher(actual.asText()).matches();
    }
    if (expected.isObject() && actual.isObject() && expected.size() == actual.size()) {
      for (var field : expected.properties()) {
        JsonNode value = actual.get(field.getKey());
        if (value == null || !matches(value, field.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(actual.get(i), expected.get(i))) {
          return false;
        }
      }
      return true;
    }
    return actual.equals(expected);
  }

  /** The recorder replaced ISO-8601 timestamps by {@code "date"}. */
  private static boolean isTimestamp(String text) {
    try {
      java.time.OffsetDateTime.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z0-9_:-]+>");
}
