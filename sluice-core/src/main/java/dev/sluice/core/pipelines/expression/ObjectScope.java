package dev.sluice.core.pipelines.expression;

import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where {@code #{...}} expressions of one object are evaluated: the object's own fields (and, by
 * name, the pipeline's parameters), its runtime fields ({@code @scheduledStartTime}, {@code
 * @actualStartTime}, ...), and the objects its reference fields point to ({@code
 * #{input.directoryPath}}, {@code #{node.@scheduledStartTime}}). Failures are {@code
 * InvalidRequestException}s naming the problem.
 */
public final class ObjectScope {
  private ObjectScope() {}

  /**
   * @param objectId the component whose fields are read
   * @param runtimeFields the runtime fields of a component's current instance (by component id; an
   *     empty map for none), as strings ({@code "2026-11-20T22:15:00"})
   */
  public static ObjectScope of(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }

  /** {@code text} with every {@code #{...}} evaluated. */
  public Result<String> render(String text) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }

  /** The first value of field {@code key}, rendered; a reference renders as the object's id. */
  public Result<Optional<String>> rendered(String key) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }

  /** Every value of field {@code key}, rendered. */
  public Result<List<String>> renderedAll(String key) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }

  /** The scope of the object the first reference of {@code key} points to. */
  public Optional<ObjectScope> ref(String key) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }

  /** The scopes of every object the references of {@code key} point to. */
  public List<ObjectScope> refs(String key) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }

  public String objectId() {
    throw new UnsupportedOperationException("written by the expressions helper");
  }
}
