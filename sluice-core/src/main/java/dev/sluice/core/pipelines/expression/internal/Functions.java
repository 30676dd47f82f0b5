package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls functions by name: checks the number of arguments, converts each to the type the function
 * takes (text that reads as a DateTime or an integer counts), and applies the function to each
 * element when an argument is a list.
 */
final class Functions {
  private static final Map<String, Function> ALL = DateFunctions.all();

  private Functions() {}

  enum Kind {
    DATE_TIME("a DateTime"),
    INTEGER("an Integer"),
    STRING("a String");

    final String shown;

    Kind(String shown) {
      this.shown = shown;
    }
  }

  interface Body {
    Result<Value> apply(Args args);
  }

  record Function(String name, List<Kind> parameters, Body body) {}

  static Result<Value> call(String name, List<Value> arguments) {
    var function = ALL.get(name);
    if (function == null) {
      return Result.err(Problems.invalid("unknown function '" + name + "'"));
    }
    if (function.parameters().size() != arguments.size()) {
      return Result.err(
          Problems.invalid(
              name
                  + " takes "
                  + function.parameters().size()
                  + " argument(s) but was given "
                  + arguments.size()));
    }
    return apply(function, arguments);
  }

  private static Result<Value> apply(Function function, List<Value> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) instanceof Value.Many many) {
        int index = i;
        return Lists.map(
            many.values(), element -> apply(function, with(arguments, index, element)));
      }
    }
    var converted = new ArrayList<Object>();
    for (int i = 0; i < arguments.size(); i++) {
      var kind = function.parameters().get(i);
      var value = Args.convert(kind, arguments.get(i));
      if (value.isEmpty()) {
        return Result.err(mismatch(function, i, kind, arguments.get(i)));
      }
      converted.add(value.get());
    }
    try {
      return function.body().apply(new Args(converted));
    } catch (DateTimeException | ArithmeticException e) {
      // java.time refuses dates that do not exist and results out of its range
      return Result.err(Problems.invalid(function.name() + ": " + e.getMessage()));
    }
  }

  private static List<Value> with(List<Value> arguments, int index, Value element) {
    var copy = new ArrayList<>(arguments);
    copy.set(index, element);
    return copy;
  }

  private static Failure mismatch(Function function, int index, Kind kind, Value given) {
    return Problems.invalid(
        function.name()
            + " takes "
            + kind.shown
            + " as argument "
            + (index + 1)
            + " but was given "
            + given.typeName()
            + " '"
            + given.rendered()
            + "'");
  }
}
