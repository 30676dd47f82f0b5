package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.StoredPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The components of a pipeline as QueryObjects and DescribeObjects show them: the objects of the
 * latest definition with their fields, then {@code @sphere} (COMPONENT), {@code @version}, {@code
 * @status} and {@code @pipelineId}.
 */
final class ComponentObjects {
  static final String COMPONENT = "COMPONENT";

  private ComponentObjects() {}

  static List<PipelineObject> of(StoredPipeline pipeline) {
    return pipeline.latest().objects().stream().map(o -> view(pipeline, o)).toList();
  }

  /**
   * A component's {@code @status}: the pipeline's state (PENDING before the first activation, then
   * SCHEDULED, INACTIVE, FINISHED).
   */
  static String status(StoredPipeline pipeline) {
    return pipeline.state();
  }

  private static PipelineObject view(StoredPipeline pipeline, PipelineObject object) {
    var fields = new ArrayList<Field>(object.fields());
    fields.add(Field.text("@sphere", COMPONENT));
    fields.add(Field.text("@version", Integer.toString(pipeline.latestVersion())));
    fields.add(Field.text("@status", status(pipeline)));
    fields.add(Field.text("@pipelineId", pipeline.id()));
    return new PipelineObject(object.id(), object.name(), fields);
  }
}
