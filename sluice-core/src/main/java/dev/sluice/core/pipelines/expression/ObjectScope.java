package dev.sluice.core.pipelines.expression;

import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.expression.internal.ObjectFrame;
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
 *
 * <p>A name in an expression resolves, in order, to: {@code node} (the object this scope was
 * reached from: the referring object for a scope from {@link #ref}/{@link #refs}, or the {@code
 * nodeObjectId} given to {@link #of(ResolvedPipeline, String, Function, String)}); {@code parent}
 * (this object as a component, without runtime fields: {@code #{parent.@id}} is the component's
 * id); a runtime field; {@code id}/{@code @id}, {@code name}, {@code type}; a field of the object
 * (its text evaluated in turn; a reference leads to that object, whose {@code node} is this one); a
 * parameter, by id (an array parameter is a list). A list in an expression applies operators and
 * functions to each element; rendered as one string it joins its elements with commas.
 */
public final class ObjectScope {
  private final ObjectFrame frame;

  private ObjectScope(ObjectFrame frame) {
    this.frame = frame;
  }

  /**
   * @param objectId the component whose fields are read
   * @param runtimeFields the runtime fields of a component's current instance (by component id; an
   *     empty map for none), as strings ({@code "2026-11-20T22:15:00"})
   */
  public static ObjectScope of(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields) {
    return of(pipeline, objectId, runtimeFields, null);
  }

  /**
   * A scope in which {@code #{node.X}} reads object {@code nodeObjectId} (with its runtime fields):
   * for a precondition or an action evaluated for the activity or data node that refers to it.
   *
   * @param nodeObjectId the referring component, or null for none
   */
  public static ObjectScope of(
      ResolvedPipeline pipeline,
      String objectId,
      Function<String, Map<String, String>> runtimeFields,
      String nodeObjectId) {
    return new ObjectScope(ObjectFrame.of(pipeline, objectId, runtimeFields, nodeObjectId));
  }

  /** {@code text} with every {@code #{...}} evaluated. */
  public Result<String> render(String text) {
    return frame.render(text);
  }

  /** The first value of field {@code key}, rendered; a reference renders as the object's id. */
  public Result<Optional<String>> rendered(String key) {
    return frame.renderFirst(key);
  }

  /** Every value of field {@code key}, rendered. */
  public Result<List<String>> renderedAll(String key) {
    return frame.renderAll(key);
  }

  /** The scope of the object the first reference of {@code key} points to. */
  public Optional<ObjectScope> ref(String key) {
    return refs(key).stream().findFirst();
  }

  /** The scopes of every object the references of {@code key} point to. */
  public List<ObjectScope> refs(String key) {
    return frame.refs(key).stream()
        .map(frame::referenced)
        .filter(ObjectFrame::exists)
        .map(ObjectScope::new)
        .toList();
  }

  public String objectId() {
    return frame.objectId();
  }
}
