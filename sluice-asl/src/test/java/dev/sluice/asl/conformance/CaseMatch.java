package dev.sluice.asl.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what Sluice did with what AWS recorded, by the README's rules: the runner's account
 * reads as {@code 111111111111}, ISO-8601 date-times inside strings read as {@code date}, numbers
 * compare by value, and a {@code <placeholder>} in an expected string matches any non-empty text (a
 * whole-string placeholder matches any value).
 */
public final class CaseMatch {
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^\\s\"'<>]+>");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-][01]\\d(:?\\d{2})?)");

  private static final java.util.Set<String> LENIENT =
      java.util.Set.of("SdkHttpMetadata", "SdkResponseMetadata");

  private final String account;

  /**
   * @param account the account id Sluice used (replaced by {@code 111111111111})
   */
  public CaseMatch(String account) {
    this.account = account;
  }

  /**
   * Null when the run matches the case's {@code expected}, else what differs.
   *
   * @param status SUCCEEDED, FAILED, TIMED_OUT or ABORTED
   * @param output the output once SUCCEEDED (JSON text), else null
   */
  public String verdict(
      JsonNode expected, String status, String output, String error, String cause) {
    String wanted = expected.path("status").asText();
    if (!wanted.equals(status)) {
      return "status " + status + " (error " + error + ", cause " + cause + ") != " + wanted;
    }
    if (wanted.equals("SUCCEEDED")) {
      if (expected.path("output_is_wildcard").asBoolean()) {
        return null;
      }
      JsonNode actual = parse(output);
      return matches(actual, expected.path("output"))
          ? null
          : "output " + output + " != " + expected.path("output");
    }
    String wantedError = text(expected.get("error"));
    if (!Objects.equals(wantedError, error)) {
      return "error " + error + " != " + wantedError;
    }
    JsonNode wantedCause = expected.get("cause");
    if (wantedCause == null || wantedCause.isNull()) {
      return null;
    }
    if (wantedCause.isContainerNode()) {
      return cause != null && matches(parse(cause), wantedCause)
          ? null
          : "cause " + cause + " != " + wantedCause;
    }
    return cause != null && text(cause, wantedCause.asText())
        ? null
        : "cause " + cause + " != " + wantedCause.asText();
  }

  /** Equal JSON after canonicalising {@code actual}, with placeholders in {@code expected}. */
  public boolean matches(JsonNode actual, JsonNode expected) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected.isTextual() && PLACEHOLDER.matcher(expected.asText()).matches()) {
      return true;
    }
    if (expected.isTextual() && actual.isTextual()) {
      return text(actual.asText(), expected.asText());
    }
    if (expected.isObject() && actual.isObject()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (var field : expected.properties()) {
        JsonNode value = actual.get(field.getKey());
        boolean lenient = LENIENT.contains(field.getKey());
        if (value == null
            || !(lenient ? sameShape(value, field.getValue()) : matches(value, field.getValue()))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(actual.get(i), expected.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return actual.equals(expected);
  }

  /**
   * The README allows comparing the raw HTTP metadata AWS recorded by shape: the same member names
   * all the way down, values free (header values differ in length, date and order).
   */
  private static boolean sameShape(JsonNode actual, JsonNode expected) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      actual.fieldNames().forEachRemaining(names::add);
      java.util.Set<String> wanted = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      expected.fieldNames().forEachRemaining(wanted::add);
      if (!names.equals(wanted)) {
        return false;
      }
      for (var field : expected.properties()) {
        JsonNode value = actual.get(field.getKey());
        if (value != null && !sameShape(value, field.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean text(String actual, String expected) {
    String canonical =
        DATE_TIME
            .matcher(actual.replace(account, "111111111111"))
            .replaceAll(m -> validDate(m.group()) ? "date" : Matcher.quoteReplacement(m.group()));
    StringBuilder regex = new StringBuilder();
    for (String part : PLACEHOLDER.split(expected, -1)) {
      if (!regex.isEmpty()) {
        regex.append(".+?");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(canonical).matches();
  }

  /** Only real calendar date-times count (the README: valid dates, hours 00-23, ...). */
  private static boolean validDate(String text) {
    try {
      java.time.LocalDateTime.parse(text.substring(0, 19));
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return CaseFiles.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return CaseFiles.JSON.getNodeFactory().textNode(text);
    }
  }
}
