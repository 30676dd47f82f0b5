package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.work.S3Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A declared parameter as its attributes describe it.
 *
 * @param type {@code String} (the default), {@code Integer}, {@code Double} or {@code
 *     AWS::S3::ObjectKey}
 * @param allowed the {@code allowedValues} (none: any value)
 * @param defaults the {@code default} values
 */
public record Parameter(
    String id,
    String type,
    boolean optional,
    boolean isArray,
    List<String> allowed,
    List<String> defaults) {

  static final Set<String> TYPES = Set.of("String", "Integer", "Double", "AWS::S3::ObjectKey");

  public Parameter {
    allowed = List.copyOf(allowed);
    defaults = List.copyOf(defaults);
  }

  static Parameter of(ParameterObject object) {
    return new Parameter(
        object.id(),
        first(object, "type", "String"),
        isTrue(first(object, "optional", "false")),
        isTrue(first(object, "isArray", "false")),
        all(object, "allowedValues"),
        all(object, "default"));
  }

  /** What is wrong with {@code values} as this parameter's values (nothing: an empty list). */
  public List<String> problems(List<String> values) {
    var problems = new ArrayList<String>();
    if (values.size() > 1 && !isArray) {
      problems.add(Messages.parameterNotArray());
    }
    for (var value : values) {
      if (!fitsType(value)) {
        problems.add(Messages.parameterValue(value, type));
      } else if (!allowed.isEmpty() && !allowed.contains(value)) {
        problems.add(Messages.parameterNotAllowed(value, allowed));
      }
    }
    return problems;
  }

  private boolean fitsType(String value) {
    return switch (type) {
      case "Integer" -> value.strip().matches("[-+]?\\d+");
      case "Double" -> isDouble(value.strip());
      case "AWS::S3::ObjectKey" -> S3Location.parse(value).isOk();
      default -> true;
    };
  }

  private static boolean isDouble(String value) {
    try {
      return Double.isFinite(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean isTrue(String flag) {
    return flag.strip().toLowerCase(Locale.ROOT).equals("true");
  }

  static boolean isFlag(String flag) {
    var value = flag.strip().toLowerCase(Locale.ROOT);
    return value.equals("true") || value.equals("false");
  }

  private static String first(ParameterObject object, String key, String otherwise) {
    var values = all(object, key);
    return values.isEmpty() ? otherwise : values.get(0);
  }

  private static List<String> all(ParameterObject object, String key) {
    return object.attributes().stream()
        .filter(a -> key.equals(a.key()) && a.stringValue() != null)
        .map(a -> a.stringValue())
        .toList();
  }
}
