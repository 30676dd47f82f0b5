package dev.sluice.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a definition as CreateStateMachine and ValidateStateMachineDefinition do: JSON syntax, the
 * language's schema and transitions, and what an EXPRESS machine may not use.
 */
public final class DefinitionCheck {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

  private DefinitionCheck() {}

  /** Checks {@code definitionText} for a STANDARD ({@code express} false) or EXPRESS machine. */
  public static Checked check(String definitionText, boolean express) {
    JsonNode definition;
    try {
      definition = JSON.readTree(definitionText);
    } catch (JsonProcessingException e) {
      return new Checked.Invalid(List.of(invalidJson(e)));
    }
    if (definition == null || definition.isMissingNode()) {
      return new Checked.Invalid(
          List.of(
              Diagnostic.error(
                  "INVALID_JSON_DESCRIPTION", "/", "No content to map due to end-of-input")));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(AslParser.diagnose(definition));
    if (definition.isObject()) {
      diagnostics.addAll(DefinitionRules.check(definition, express));
    }
    if (!diagnostics.isEmpty()) {
      return new Checked.Invalid(diagnostics);
    }
    return new Checked.Valid(((Parsed.Valid) AslParser.parse(definition)).machine());
  }

  private static Diagnostic invalidJson(JsonProcessingException e) {
    if (e.getLocation() == null) {
      return Diagnostic.error("INVALID_JSON_DESCRIPTION", "/", e.getOriginalMessage());
    }
    String location = e.getLocation().toString();
    String message = e.getMessage();
    Matcher token = UNRECOGNIZED.matcher(e.getOriginalMessage());
    if (token.lookingAt()) {
      // AWS's parser places an unrecognized token's error after the token, not at its start.
      String column = "column: " + e.getLocation().getColumnNr() + "]";
      String after = "column: " + (e.getLocation().getColumnNr() + token.group(1).length()) + "]";
      location = location.replace(column, after);
      message = message.replace(column, after);
    }
    return Diagnostic.error("INVALID_JSON_DESCRIPTION", location, message);
  }
}
