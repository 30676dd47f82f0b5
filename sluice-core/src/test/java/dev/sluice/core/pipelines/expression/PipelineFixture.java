package dev.sluice.core.pipelines.expression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolved pipelines built directly (the definition resolver is not needed): objects from key/value
 * pairs, where a value is a String (a literal), a {@link FieldValue} ({@link #ref}), or a List of
 * those (a field with several values).
 */
public final class PipelineFixture {
  private final Map<String, ResolvedObject> objects = new LinkedHashMap<>();
  private final Map<String, List<String>> parameters = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> runtime = new LinkedHashMap<>();

  public static PipelineFixture pipeline() {
    return new PipelineFixture();
  }

  public static FieldValue ref(String id) {
    return new FieldValue.Ref(id);
  }

  public PipelineFixture object(String id, String type, Object... keysAndValues) {
    var fields = new LinkedHashMap<String, List<FieldValue>>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], values(keysAndValues[i + 1]));
    }
    objects.put(id, new ResolvedObject(id, id, type, fields));
    return this;
  }

  public PipelineFixture parameter(String id, String... values) {
    parameters.put(id, List.of(values));
    return this;
  }

  /** Runtime fields of {@code id}'s current instance. */
  public PipelineFixture runtime(String id, String... keysAndValues) {
    var fields = new LinkedHashMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    runtime.put(id, fields);
    return this;
  }

  public ResolvedPipeline resolved() {
    return new ResolvedPipeline(objects, parameters);
  }

  public ObjectScope scope(String id) {
    return ObjectScope.of(resolved(), id, this::runtimeOf);
  }

  public ObjectScope scope(String id, String nodeId) {
    return ObjectScope.of(resolved(), id, this::runtimeOf, nodeId);
  }

  /** {@code text} rendered in {@code id}'s scope; fails the test when it does not render. */
  public String render(String id, String text) {
    return ok(scope(id).render(text));
  }

  /** The failure rendering {@code text} in {@code id}'s scope; fails the test when it renders. */
  public Failure failure(String id, String text) {
    return failed(scope(id).render(text));
  }

  public static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  public static Failure failed(Result<?> result) {
    assertThat(result.isOk()).as("%s", result).isFalse();
    var failure = result.failure();
    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.status()).isEqualTo(400);
    return failure;
  }

  private Map<String, String> runtimeOf(String id) {
    return runtime.getOrDefault(id, Map.of());
  }

  private static List<FieldValue> values(Object value) {
    if (value instanceof List<?> list) {
      var all = new ArrayList<FieldValue>();
      list.forEach(v -> all.addAll(values(v)));
      return all;
    }
    return List.of(value instanceof FieldValue field ? field : new FieldValue.Text((String) value));
  }
}
