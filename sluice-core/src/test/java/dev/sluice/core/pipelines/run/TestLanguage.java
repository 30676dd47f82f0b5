package dev.sluice.core.pipelines.run;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.run.internal.Durations;
import dev.sluice.core.pipelines.schedule.Period;
import dev.sluice.core.pipelines.schedule.Schedule;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A small stand-in for the definition, schedule and expression packages while they are written
 * elsewhere: inheritance from {@code parent} and {@code Default}, parameters by default, value and
 * override; on-demand and cron/timeseries schedules ({@code period}, {@code startDateTime} or
 * FIRST_ACTIVATION_DATE_TIME, {@code endDateTime}, {@code occurrences}); expressions naming a
 * parameter, a field, a runtime field ({@code @x}), {@code node.x} or {@code ref.x}.
 */
final class TestLanguage implements RunLanguage {
  private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");

  @Override
  public Result<ResolvedPipeline> resolve(
      PipelineDefinition definition, List<ParameterValue> values) {
    var byId = new LinkedHashMap<String, PipelineObject>();
    definition.objects().forEach(o -> byId.put(o.id(), o));
    if (byId.containsKey("Broken")) {
      return Result.err(Failure.of("InvalidRequestException", 400, "Broken definition"));
    }
    var objects = new HashMap<String, ResolvedObject>();
    for (var object : byId.values()) {
      var fields = merged(byId, object);
      var type =
          fields.getOrDefault("type", List.of()).stream()
              .findFirst()
              .map(v -> ((FieldValue.Text) v).value())
              .orElse(null);
      objects.put(object.id(), new ResolvedObject(object.id(), object.name(), type, fields));
    }
    return Result.ok(new ResolvedPipeline(objects, parameters(definition, values)));
  }

  private static Map<String, List<FieldValue>> merged(
      Map<String, PipelineObject> byId, PipelineObject object) {
    var fields = own(object);
    var parent =
        object.fields().stream().filter(f -> f.key().equals("parent") && f.isRef()).findFirst();
    if (parent.isPresent() && byId.containsKey(parent.get().refValue())) {
      merged(byId, byId.get(parent.get().refValue())).forEach(fields::putIfAbsent);
    }
    if (!object.id().equals("Default") && byId.containsKey("Default")) {
      own(byId.get("Default")).forEach(fields::putIfAbsent);
    }
    return fields;
  }

  private static Map<String, List<FieldValue>> own(PipelineObject object) {
    var fields = new LinkedHashMap<String, List<FieldValue>>();
    for (var field : object.fields()) {
      FieldValue value =
          field.isRef()
              ? new FieldValue.Ref(field.refValue())
              : new FieldValue.Text(field.stringValue());
      fields.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  private static Map<String, List<String>> parameters(
      PipelineDefinition definition, List<ParameterValue> overrides) {
    var parameters = new LinkedHashMap<String, List<String>>();
    for (var parameter : definition.parameterObjects()) {
      parameter.attributes().stream()
          .filter(a -> a.key().equals("default"))
          .forEach(a -> parameters.put(parameter.id(), List.of(a.stringValue())));
    }
    var given = overrides.isEmpty() ? definition.parameterValues() : overrides;
    var values = new LinkedHashMap<String, List<String>>();
    given.forEach(v -> values.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v.stringValue()));
    parameters.putAll(values);
    return parameters;
  }

  @Override
  public Result<Schedule> schedule(
      ResolvedPipeline pipeline, String objectId, Instant firstActivation, Instant activation) {
    var object = pipeline.object(objectId);
    var type = object.text("scheduleType").orElse("cron");
    if (type.equals("ondemand")) {
      return Result.ok(new Periods(activation, Duration.ZERO, 1, null, false, true));
    }
    var schedule = object.ref("schedule").map(pipeline::object);
    if (schedule.isEmpty()) {
      return Result.err(Failure.of("InvalidRequestException", 400, objectId + " has no schedule"));
    }
    var s = schedule.get();
    var period = Durations.parse(s.text("period").orElse("1 day")).orElseThrow();
    var start = s.text("startDateTime").map(TestLanguage::time).orElse(firstActivation);
    var end = s.text("endDateTime").map(TestLanguage::time).orElse(null);
    int occurrences = s.text("occurrences").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    return Result.ok(
        new Periods(start, period, occurrences, end, type.equals("timeseries"), false));
  }

  private static Instant time(String text) {
    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
  }

  private record Periods(
      Instant start, Duration every, int occurrences, Instant end, boolean atEnd, boolean onDemand)
      implements Schedule {
    private Optional<Period> period(int k) {
      if (k >= occurrences) {
        return Optional.empty();
      }
      var from = start.plus(every.multipliedBy(k));
      if (end != null && !from.isBefore(end)) {
        return Optional.empty();
      }
      var to = from.plus(every);
      return Optional.of(new Period(from, to, atEnd ? to : from));
    }

    @Override
    public List<Period> due(Instant now) {
      var out = new ArrayList<Period>();
      for (int k = 0; ; k++) {
        var p = period(k);
        if (p.isEmpty() || p.get().runAt().isAfter(now)) {
          return out;
        }
        out.add(p.get());
      }
    }

    @Override
    public Optional<Instant> nextDue(Instant now) {
      for (int k = 0; ; k++) {
        var p = period(k);
        if (p.isEmpty()) {
          return Optional.empty();
        }
        if (p.get().runAt().isAfter(now)) {
          return Optional.of(p.get().runAt());
        }
      }
    }
  }

  @Override
  public Scope scope(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields) {
    return new TestScope(pipeline, objectId, runtimeFields);
  }

  private record TestScope(
      ResolvedPipeline pipeline, String objectId, Function<String, Map<String, String>> runtime)
      implements Scope {

    private ResolvedObject object() {
      return pipeline.object(objectId);
    }

    @Override
    public Result<String> render(String text) {
      var matcher = EXPRESSION.matcher(text);
      var out = new StringBuilder();
      while (matcher.find()) {
        var value = evaluate(matcher.group(1).strip());
        if (!value.isOk()) {
          return value;
        }
        matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value.value()));
      }
      matcher.appendTail(out);
      return Result.ok(out.toString());
    }

    private Result<String> evaluate(String expression) {
      if (expression.startsWith("@")) {
        var value = runtime.apply(objectId).get(expression);
        return value != null ? Result.ok(value) : unresolved(expression);
      }
      int dot = expression.indexOf('.');
      if (dot > 0) {
        var head = expression.substring(0, dot);
        var rest = expression.substring(dot + 1);
        if (head.equals("node")) {
          return evaluate(rest);
        }
        return ref(head).map(s -> ((TestScope) s).evaluate(rest)).orElse(unresolved(expression));
      }
      var runtimeValue = runtime.apply(objectId).get(expression);
      if (runtimeValue != null) {
        return Result.ok(runtimeValue);
      }
      var parameter = pipeline.parameters().get(expression);
      if (parameter != null && !parameter.isEmpty()) {
        return Result.ok(parameter.get(0));
      }
      if (object().text(expression).isPresent()) {
        return render(object().text(expression).get());
      }
      return unresolved(expression);
    }

    private static Result<String> unresolved(String expression) {
      return Result.err(
          Failure.of("InvalidRequestException", 400, "Unable to resolve " + expression));
    }

    @Override
    public Result<Optional<String>> rendered(String key) {
      return renderedAll(key).map(all -> all.stream().findFirst());
    }

    @Override
    public Result<List<String>> renderedAll(String key) {
      var out = new ArrayList<String>();
      for (var value : object().fields().getOrDefault(key, List.of())) {
        switch (value) {
          case FieldValue.Ref ref -> out.add(ref.id());
          case FieldValue.Text text -> {
            var rendered = render(text.value());
            if (!rendered.isOk()) {
              return Result.err(rendered.failure());
            }
            out.add(rendered.value());
          }
        }
      }
      return Result.ok(out);
    }

    @Override
    public Optional<Scope> ref(String key) {
      return refs(key).stream().findFirst();
    }

    @Override
    public List<Scope> refs(String key) {
      return object().refs(key).stream()
          .filter(id -> pipeline.object(id) != null)
          .<Scope>map(id -> new TestScope(pipeline, id, runtime))
          .toList();
    }
  }
}
