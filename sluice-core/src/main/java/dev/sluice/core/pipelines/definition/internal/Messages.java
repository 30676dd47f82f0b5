package dev.sluice.core.pipelines.definition.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The validation messages, in the form of the one AWS documents ({@code INVALID_FIELD_VALUE:
 * 'startDateTime' value must be a literal datetime value.}): a code, a colon, two spaces, the text.
 */
public final class Messages {
  private Messages() {}

  static String missingField(String key) {
    return code("MISSING_REQUIRED_FIELD", quote(key) + " is required.");
  }

  static String missingOneOf(List<String> keys) {
    return code("MISSING_REQUIRED_FIELD", "one of " + either(keys) + " is required.");
  }

  static String onlyOneOf(List<String> keys) {
    return code("INVALID_FIELD_VALUE", "only one of " + either(keys) + " may be set.");
  }

  static String invalidType(String type) {
    return code("INVALID_OBJECT_TYPE", quote(type) + " is not a valid object type.");
  }

  static String typeNotRun(String type) {
    return code(
        "UNSUPPORTED_OBJECT_TYPE", "Sluice does not run objects of type " + quote(type) + ".");
  }

  static String typeIgnored(String type) {
    return "Sluice accepts objects of type " + quote(type) + " but ignores them.";
  }

  static String runtimeField(String key) {
    return code(
        "INVALID_FIELD_NAME",
        quote(key) + " is a runtime field and cannot be set in a pipeline definition.");
  }

  static String unknownField(String key, String type) {
    var where = type == null ? "" : " for objects of type " + quote(type);
    return code(
        "INVALID_FIELD_NAME",
        quote(key)
            + " is not a valid field"
            + where
            + "; user-defined field names start with 'my'.");
  }

  static String refusedField(String key, String type) {
    return code(
        "INVALID_FIELD_NAME",
        quote(key) + " is not allowed on objects of type " + quote(type) + ".");
  }

  static String notRepeatable(String key) {
    return code("INVALID_FIELD_VALUE", quote(key) + " cannot have more than one value.");
  }

  static String referenceExpected(String key) {
    return code(
        "INVALID_FIELD_VALUE", quote(key) + " value must be a reference to another object.");
  }

  static String textExpected(String key) {
    return code("INVALID_FIELD_VALUE", quote(key) + " value must be a string, not a reference.");
  }

  static String integerExpected(String key) {
    return invalidValue(key, "a non-negative integer value");
  }

  static String booleanExpected(String key) {
    return invalidValue(key, "true or false");
  }

  static String periodExpected(String key) {
    return invalidValue(key, "a period value such as '15 minutes'");
  }

  /** The message AWS documents for a bad {@code startDateTime}. */
  static String dateTimeExpected(String key) {
    return invalidValue(key, "a literal datetime value");
  }

  static String enumExpected(String key, List<String> allowed) {
    return invalidValue(key, "one of: " + String.join(", ", allowed));
  }

  static String periodTooShort() {
    return invalidValue("period", "at least 15 minutes");
  }

  static String periodTooLong() {
    return invalidValue("period", "at most 3 years");
  }

  static String endBeforeStart() {
    return invalidValue("endDateTime", "later than 'startDateTime'");
  }

  static String missingObject(String key, String id) {
    return code(
        "INVALID_REFERENCE",
        quote(key) + " refers to object " + quote(id) + ", which does not exist.");
  }

  /** {@code type} null: the object has no type. */
  static String wrongTarget(String key, List<String> types, String id, String type) {
    return code(
        "INVALID_REFERENCE",
        quote(key)
            + " must refer to an object of type "
            + String.join(" or ", types)
            + ", but "
            + quote(id)
            + (type == null ? " has no type." : " is of type " + quote(type) + "."));
  }

  static String parentCycle(List<String> path) {
    return code("CYCLIC_DEPENDENCY", "'parent' references form a cycle: " + arrows(path) + ".");
  }

  static String dependencyCycle(List<String> path) {
    return code("CYCLIC_DEPENDENCY", "the object depends on itself: " + arrows(path) + ".");
  }

  static String unclosedExpression(String key) {
    return code(
        "INVALID_EXPRESSION", quote(key) + " value has an expression without its closing '}'.");
  }

  static String emptyExpression(String key) {
    return code("INVALID_EXPRESSION", quote(key) + " value has an empty expression '#{}'.");
  }

  static String unknownName(String key, String name) {
    return code(
        "INVALID_EXPRESSION",
        quote(key)
            + " refers to "
            + quote(name)
            + ", which is neither a parameter nor a field of this object.");
  }

  static String scheduleRequired(String scheduleType) {
    return code(
        "MISSING_REQUIRED_FIELD",
        "'schedule' is required when scheduleType is " + quote(scheduleType) + ".");
  }

  static String onDemandOutsideDefault() {
    return code(
        "INVALID_FIELD_VALUE", "'scheduleType' ondemand must be set on the Default object.");
  }

  static String onDemandMixed() {
    return code(
        "INVALID_FIELD_VALUE",
        "'scheduleType' must be ondemand: an ondemand pipeline has no other scheduleType.");
  }

  static String onDemandSchedule() {
    return code(
        "INVALID_FIELD_VALUE",
        "'schedule' must refer to an on-demand Schedule (period ONDEMAND_PERIOD) when"
            + " scheduleType is ondemand.");
  }

  static String onDemandValueElsewhere(String key) {
    return code(
        "INVALID_FIELD_VALUE",
        quote(key) + " on-demand values are only valid when scheduleType is ondemand.");
  }

  static String lateAfterTimeoutRequired() {
    return code(
        "MISSING_REQUIRED_FIELD", "'lateAfterTimeout' is required when 'onLateAction' is set.");
  }

  static String workerGroupIgnored() {
    return "'workerGroup' is ignored because 'runsOn' is set.";
  }

  static String parameterType(String type) {
    return code(
        "INVALID_PARAMETER_TYPE",
        quote(type)
            + " is not a valid parameter type; valid types are String, Integer, Double and"
            + " AWS::S3::ObjectKey.");
  }

  static String parameterAttribute(String key) {
    return code("INVALID_PARAMETER_ATTRIBUTE", quote(key) + " is not a valid parameter attribute.");
  }

  static String parameterFlag(String key) {
    return code("INVALID_PARAMETER_ATTRIBUTE", quote(key) + " value must be true or false.");
  }

  public static String parameterValue(String value, String type) {
    return code("INVALID_PARAMETER_VALUE", quote(value) + " is not a valid " + type + " value.");
  }

  public static String parameterNotAllowed(String value, List<String> allowed) {
    return code(
        "INVALID_PARAMETER_VALUE",
        quote(value) + " is not one of the allowed values: " + String.join(", ", allowed) + ".");
  }

  public static String parameterNotArray() {
    return code(
        "INVALID_PARAMETER_VALUE",
        "the parameter is not an array (isArray) and cannot have more than one value.");
  }

  private static String invalidValue(String key, String what) {
    return code("INVALID_FIELD_VALUE", quote(key) + " value must be " + what + ".");
  }

  private static String code(String code, String text) {
    return code + ":  " + text;
  }

  static String quote(String text) {
    return "'" + text + "'";
  }

  private static String either(List<String> keys) {
    return keys.stream().map(Messages::quote).collect(Collectors.joining(" or "));
  }

  private static String arrows(List<String> path) {
    return String.join(" -> ", path);
  }
}
