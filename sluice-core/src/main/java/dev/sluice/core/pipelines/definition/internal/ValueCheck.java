package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The string values an object sets itself: expressions closed and not empty, the {@code my} names
 * they use declared as parameters or fields of the object, and typed fields (Integer, Boolean,
 * Period, DateTime, enumerations) in their format once parameters are put in. A DateTime must be
 * literal; other typed values holding expressions are left to run time.
 */
final class ValueCheck {
  private static final Pattern PARAMETER = Pattern.compile("#\\{\\s*(\\*?my\\w+)\\s*}");

  private ValueCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    for (var id : model.ids()) {
      for (var field : model.objects().get(id).fields()) {
        if (!field.isRef() && field.stringValue() != null) {
          checkValue(model, id, field.key(), field.stringValue(), findings);
        }
      }
    }
  }

  private static void checkValue(
      DefinitionModel model, String id, String key, String value, Findings findings) {
    var scan = Expressions.scan(value);
    if (scan.problem() == Expressions.Problem.UNCLOSED) {
      findings.error(id, Messages.unclosedExpression(key));
    } else if (scan.problem() == Expressions.Problem.EMPTY) {
      findings.error(id, Messages.emptyExpression(key));
    }
    for (var name : scan.names()) {
      if (parameter(model.parameterValues(), name) == null && !model.has(id, name)) {
        findings.error(id, Messages.unknownName(key, name));
      }
    }
    if (scan.problem() == null) {
      checkFormat(model, id, key, value, findings);
    }
  }

  private static void checkFormat(
      DefinitionModel model, String id, String key, String value, Findings findings) {
    var spec = model.fieldsOf(id).flatMap(type -> type.field(key));
    if (spec.isEmpty() || spec.get().type() == ValueType.STRING || spec.get().isRef()) {
      return;
    }
    var known = substituted(value, model.parameterValues());
    if (known.isEmpty()) {
      return;
    }
    if (known.get().contains("#{")) {
      if (spec.get().type() == ValueType.DATE_TIME) {
        findings.error(id, Messages.dateTimeExpected(key));
      }
      return;
    }
    ValueFormats.problem(spec.get(), known.get()).ifPresent(m -> findings.error(id, m));
  }

  /** The value with {@code #{myParameter}} put in; empty when a parameter has no value yet. */
  static Optional<String> substituted(String value, Map<String, List<String>> parameters) {
    var matcher = PARAMETER.matcher(value);
    var out = new StringBuilder();
    while (matcher.find()) {
      var values = parameter(parameters, matcher.group(1));
      if (values != null && values.isEmpty()) {
        return Optional.empty();
      }
      var replacement = values == null ? matcher.group() : values.get(0);
      matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return Optional.of(out.toString());
  }

  /** The values of the parameter {@code name} names ({@code *} masks aside), or null. */
  private static List<String> parameter(Map<String, List<String>> parameters, String name) {
    var bare = name.startsWith("*") ? name.substring(1) : name;
    var values = parameters.get(bare);
    return values != null ? values : parameters.get("*" + bare);
  }
}
