package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.Selector;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One QueryObjects selector as a test of an object. EQ compares any value of the field with any
 * given value; REF_EQ compares references only; LE, GE and BETWEEN compare DateTime values as
 * times. An object without the field fails the condition.
 */
final class SelectorMatch {
  private SelectorMatch() {}

  static Result<Predicate<PipelineObject>> of(Selector selector) {
    if (selector.fieldName() == null) {
      return PipelineFailures.missing("fieldName");
    }
    if (selector.operatorType() == null) {
      return PipelineFailures.missing("operator.type");
    }
    var field = selector.fieldName();
    var values = selector.values();
    return switch (selector.operatorType()) {
      case "EQ" ->
          Result.ok(o -> ObjectFields.values(o, field).stream().anyMatch(values::contains));
      case "REF_EQ" ->
          Result.ok(o -> ObjectFields.refs(o, field).stream().anyMatch(values::contains));
      case "LE" -> times(selector, 1).map(t -> o -> anyTime(o, field, v -> !v.isAfter(t.get(0))));
      case "GE" -> times(selector, 1).map(t -> o -> anyTime(o, field, v -> !v.isBefore(t.get(0))));
      case "BETWEEN" ->
          times(selector, 2)
              .map(t -> o -> anyTime(o, field, v -> !v.isBefore(t.get(0)) && !v.isAfter(t.get(1))));
      default ->
          PipelineFailures.invalid(
              "1 validation error detected: Value '"
                  + selector.operatorType()
                  + "' at 'query.selectors.member.operator.type' failed to satisfy constraint:"
                  + " Member must satisfy enum value set: [EQ, REF_EQ, LE, GE, BETWEEN]");
    };
  }

  private static boolean anyTime(PipelineObject object, String field, Predicate<Instant> test) {
    return ObjectFields.texts(object, field).stream()
        .map(PipelineTimes::parse)
        .flatMap(Optional::stream)
        .anyMatch(test);
  }

  /** The operator's values as times: exactly {@code count} DateTime values. */
  private static Result<List<Instant>> times(Selector selector, int count) {
    var values = selector.values();
    if (values.size() != count) {
      return PipelineFailures.invalid(
          "Operator "
              + selector.operatorType()
              + " on field "
              + selector.fieldName()
              + " takes "
              + count
              + (count == 1 ? " value" : " values")
              + ", got "
              + values.size());
    }
    var times = new ArrayList<Instant>();
    for (var value : values) {
      var time = PipelineTimes.parse(value);
      if (time.isEmpty()) {
        return PipelineFailures.invalid(
            "Invalid DateTime value for field "
                + selector.fieldName()
                + ": "
                + value
                + " (expected yyyy-MM-ddTHH:mm:ss)");
      }
      times.add(time.get());
    }
    return Result.ok(times);
  }
}
