package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.RunObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Instances and attempts as the runner makes them, for the control plane's tests. */
final class RunObjects {
  private RunObjects() {}

  /** The instance of {@code component} for the period starting at {@code start}. */
  static RunObject instance(
      String pipelineId, String component, String start, String status, Field... more) {
    var fields = new ArrayList<Field>();
    fields.add(Field.text("@sphere", RunObject.INSTANCE));
    fields.add(Field.text("@status", status));
    fields.add(Field.text("@scheduledStartTime", start));
    fields.add(Field.ref("@componentParent", component));
    fields.addAll(List.of(more));
    return new RunObject(
        pipelineId,
        "@" + component + "_" + start,
        component,
        RunObject.INSTANCE,
        null,
        status,
        null,
        null,
        1,
        fields,
        Instant.parse(start + "Z"));
  }

  /** Attempt {@code number} of {@code instance}. */
  static RunObject attempt(RunObject instance, int number, String status) {
    var fields = new ArrayList<Field>();
    fields.add(Field.text("@sphere", RunObject.ATTEMPT));
    fields.add(Field.text("@status", status));
    fields.addAll(
        instance.fields().stream().filter(f -> f.key().equals("@scheduledStartTime")).toList());
    fields.add(Field.ref("@componentParent", instance.componentId()));
    fields.add(Field.ref("@instanceParent", instance.id()));
    return new RunObject(
        instance.pipelineId(),
        instance.id() + "_Attempt=" + number,
        instance.componentId(),
        RunObject.ATTEMPT,
        instance.id(),
        status,
        null,
        null,
        1,
        fields,
        instance.updatedAt());
  }
}
