package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** Evaluates templates and expressions in an object's frame. */
final class Evaluator {
  private Evaluator() {}

  /**
   * A template's value: a lone expression keeps its type; otherwise the parts are joined as text,
   * once for each combination of elements when parts are lists.
   */
  static Result<Value> template(Template template, ObjectFrame frame, Evaluation evaluation) {
    var values = new ArrayList<Value>();
    for (var part : template.parts()) {
      var value = part(part, frame, evaluation);
      if (!value.isOk()) {
        return value;
      }
      values.add(value.value());
    }
    if (template.isSingleExpression()) {
      return Result.ok(values.get(0));
    }
    var texts = joined(values);
    return Result.ok(texts.size() == 1 ? texts.get(0) : new Value.Many(texts));
  }

  private static Result<Value> part(Template.Part part, ObjectFrame frame, Evaluation evaluation) {
    return switch (part) {
      case Template.Literal literal -> Result.ok(new Value.Text(literal.text()));
      case Template.Expression e -> {
        var value = expression(e.expr(), frame, evaluation);
        yield value.isOk()
            ? value
            : Result.err(Problems.in(e.source(), frame.objectId(), value.failure()));
      }
    };
  }

  private static List<Value> joined(List<Value> parts) {
    List<String> texts = List.of("");
    for (var part : parts) {
      var next = new ArrayList<String>();
      for (var prefix : texts) {
        for (var element : part.elements()) {
          next.add(prefix + element.rendered());
        }
      }
      texts = next;
    }
    return texts.stream().<Value>map(Value.Text::new).toList();
  }

  static Result<Value> expression(Expr expr, ObjectFrame frame, Evaluation evaluation) {
    return switch (expr) {
      case Expr.Literal literal -> Result.ok(literal.value());
      case Expr.Path path -> path(path, frame, evaluation);
      case Expr.Negate negate ->
          expression(negate.operand(), frame, evaluation).flatMap(Arithmetic::negate);
      case Expr.Binary b ->
          expression(b.left(), frame, evaluation)
              .flatMap(
                  left ->
                      expression(b.right(), frame, evaluation)
                          .flatMap(right -> Arithmetic.apply(b.operator(), left, right)));
      case Expr.Call call ->
          Lists.each(call.arguments(), argument -> expression(argument, frame, evaluation))
              .flatMap(arguments -> Functions.call(call.function(), arguments));
    };
  }

  private static Result<Value> path(Expr.Path path, ObjectFrame frame, Evaluation evaluation) {
    var names = path.names();
    var value = frame.resolve(names.get(0), evaluation);
    for (int i = 1; i < names.size() && value.isOk(); i++) {
      var through = String.join(".", names.subList(0, i));
      var name = names.get(i);
      value = value.flatMap(v -> member(v, through, name, evaluation));
    }
    return value;
  }

  private static Result<Value> member(
      Value value, String through, String name, Evaluation evaluation) {
    return switch (value) {
      case Value.Ref ref -> ref.frame().resolve(name, evaluation);
      case Value.Many many ->
          Lists.map(many.values(), element -> member(element, through, name, evaluation));
      default ->
          Result.err(
              Problems.invalid(
                  "'"
                      + through
                      + "' is a "
                      + value.typeName()
                      + ", not a reference to an object, so it has no field '"
                      + name
                      + "'"));
    };
  }
}
