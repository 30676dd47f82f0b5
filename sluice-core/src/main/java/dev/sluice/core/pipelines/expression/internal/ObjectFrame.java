package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One object as expressions see it. A name resolves, in order, to: {@code node} (the object this
 * one was reached from) and {@code parent} (this object as a component, without runtime fields); a
 * runtime field of the object's current instance; {@code id}/{@code @id}, {@code name}, {@code
 * type}; a field of the object (text is evaluated in turn, a reference becomes the object's frame
 * with this one as its node); a pipeline parameter.
 */
public final class ObjectFrame {
  private final ResolvedPipeline pipeline;
  private final String objectId;
  private final Function<String, Map<String, String>> runtime;
  private final boolean withRuntime;
  private final ObjectFrame node;

  private ObjectFrame(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtime,
      boolean withRuntime,
      ObjectFrame node) {
    this.pipeline = pipeline;
    this.objectId = objectId;
    this.runtime = runtime;
    this.withRuntime = withRuntime;
    this.node = node;
  }

  /**
   * @param nodeId the object {@code node} names, or null for none
   */
  public static ObjectFrame of(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtime,
      String nodeId) {
    var node = nodeId == null ? null : new ObjectFrame(pipeline, nodeId, runtime, true, null);
    return new ObjectFrame(pipeline, objectId, runtime, true, node);
  }

  public String objectId() {
    return objectId;
  }

  public boolean exists() {
    return object() != null;
  }

  /** The frame of object {@code id}, reached from this one (its {@code node}). */
  public ObjectFrame referenced(String id) {
    return new ObjectFrame(pipeline, id, runtime, true, this);
  }

  /** The ids the references of field {@code key} name. */
  public List<String> refs(String key) {
    var object = object();
    return object == null ? List.of() : object.refs(key);
  }

  /** {@code text} with its expressions evaluated; lists are joined with commas. */
  public Result<String> render(String text) {
    return Template.parse(text, objectId)
        .flatMap(template -> Evaluator.template(template, this, new Evaluation()))
        .map(Value::rendered);
  }

  /** The first value of field {@code key}, rendered; empty when the object has no such field. */
  public Result<Optional<String>> renderFirst(String key) {
    var evaluation = new Evaluation();
    var special = special(key);
    if (special.isPresent()) {
      return Result.ok(special.map(Value::rendered));
    }
    var values = raw(key);
    if (values.isEmpty()) {
      return Result.ok(Optional.empty());
    }
    return evaluation
        .guarded(objectId, key, () -> value(values.get(0), evaluation))
        .map(value -> Optional.of(value.rendered()));
  }

  /** Every value of field {@code key}, rendered; values that are lists give each element. */
  public Result<List<String>> renderAll(String key) {
    return lookup(key, new Evaluation())
        .orElse(Result.ok(new Value.Many(List.of())))
        .map(value -> flat(value, new ArrayList<>()));
  }

  /** The value {@code name} resolves to, or a failure naming what is missing. */
  Result<Value> resolve(String name, Evaluation evaluation) {
    if (name.equals("node")) {
      return node != null
          ? Result.ok(new Value.Ref(node))
          : Result.err(
              Problems.invalid(
                  "'node' is only available where an object is reached "
                      + "through a reference (preconditions and actions); object '"
                      + objectId
                      + "' has none"));
    }
    if (name.equals("parent")) {
      return Result.ok(new Value.Ref(new ObjectFrame(pipeline, objectId, runtime, false, node)));
    }
    if (!exists()) {
      return Result.err(Problems.invalid("object '" + objectId + "' is not in the pipeline"));
    }
    return lookup(name, evaluation).orElseGet(() -> parameter(name));
  }

  private Optional<Result<Value>> lookup(String name, Evaluation evaluation) {
    var special = special(name);
    if (special.isPresent()) {
      return Optional.of(Result.ok(special.get()));
    }
    var values = raw(name);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(evaluation.guarded(objectId, name, () -> field(values, evaluation)));
  }

  /** A runtime field, or the object's id, name or type. */
  private Optional<Value> special(String name) {
    var fields = withRuntime ? runtime.apply(objectId) : null;
    var given = fields == null ? null : fields.get(name);
    if (given != null) {
      return Optional.of(new Value.Text(given));
    }
    var object = object();
    var text =
        switch (name) {
          case "id", "@id" -> objectId;
          case "name" -> object == null || object.name() == null ? objectId : object.name();
          case "type" -> object == null ? null : object.type();
          default -> null;
        };
    return Optional.ofNullable(text).map(Value.Text::new);
  }

  private Result<Value> field(List<FieldValue> values, Evaluation evaluation) {
    var results = Lists.each(values, value -> value(value, evaluation));
    return results.map(list -> list.size() == 1 ? list.get(0) : new Value.Many(list));
  }

  private Result<Value> value(FieldValue value, Evaluation evaluation) {
    return switch (value) {
      case FieldValue.Ref ref -> Result.ok(new Value.Ref(referenced(ref.id())));
      case FieldValue.Text text ->
          Template.parse(text.value(), objectId)
              .flatMap(template -> Evaluator.template(template, this, evaluation));
    };
  }

  private Result<Value> parameter(String name) {
    var values = name.startsWith("@") ? null : pipeline.parameters().get(name);
    if (values == null) {
      return Result.err(Problems.invalid(missing(name)));
    }
    var texts = values.stream().<Value>map(Value.Text::new).toList();
    return Result.ok(texts.size() == 1 ? texts.get(0) : new Value.Many(texts));
  }

  private String missing(String name) {
    return name.startsWith("@")
        ? "runtime field '" + name + "' is not available on object '" + objectId + "'"
        : "'" + name + "' is neither a field of object '" + objectId + "' nor a parameter";
  }

  private List<FieldValue> raw(String key) {
    var object = object();
    return object == null ? List.of() : object.fields().getOrDefault(key, List.of());
  }

  private ResolvedObject object() {
    return pipeline.object(objectId);
  }

  private static List<String> flat(Value value, List<String> into) {
    if (value instanceof Value.Many many) {
      many.values().forEach(element -> flat(element, into));
    } else {
      into.add(value.rendered());
    }
    return into;
  }
}
