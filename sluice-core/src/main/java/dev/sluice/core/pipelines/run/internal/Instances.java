package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.schedule.Period;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * New instances and attempts, with the fields DescribeObjects shows for them: {@code
 * @componentParent}, {@code parent}, {@code @sphere}, the component's own fields (references to
 * its input, output and resource pointing at their instances of the same period), {@code
 * @pipelineId}, {@code @version}, the scheduled period and {@code @status}.
 */
public final class Instances {
  private static final Set<String> NOT_COPIED = Set.of("id", "name", "type", "parent");
  private static final Set<String> PER_PERIOD_REFS = Set.of("input", "output", "runsOn");

  private Instances() {}

  public static RunObject instance(
      StoredPipeline pipeline,
      int generation,
      ResolvedObject component,
      Period period,
      Instant now) {
    var fields = head(component, RunObject.INSTANCE);
    fields.addAll(copied(component, period.start()));
    fields.addAll(tail(pipeline, period, Status.WAITING_ON_DEPENDENCIES));
    return new RunObject(
        pipeline.id(),
        RunIds.instanceId(component.id(), period.start()),
        component.id(),
        RunObject.INSTANCE,
        null,
        Status.WAITING_ON_DEPENDENCIES,
        null,
        null,
        generation,
        fields,
        now);
  }

  /** Attempt {@code number} of {@code instance}, waiting for its runner. */
  public static RunObject attempt(
      StoredPipeline pipeline,
      ResolvedObject component,
      RunObject instance,
      int number,
      String taskId,
      String workerGroup,
      Instant now) {
    var start = RunObjects.periodStart(instance);
    var end = RunObjects.time(instance, RunObjects.SCHEDULED_END).orElse(start);
    var fields = head(component, RunObject.ATTEMPT);
    fields.add(Field.ref(RunObjects.INSTANCE_PARENT, instance.id()));
    fields.addAll(copied(component, start));
    fields.addAll(tail(pipeline, new Period(start, end, start), Status.WAITING_FOR_RUNNER));
    return new RunObject(
        pipeline.id(),
        RunIds.attemptId(instance.id(), number),
        component.id(),
        RunObject.ATTEMPT,
        instance.id(),
        Status.WAITING_FOR_RUNNER,
        workerGroup,
        taskId,
        instance.generation(),
        fields,
        now);
  }

  private static List<Field> head(ResolvedObject component, String sphere) {
    var fields = new ArrayList<Field>();
    fields.add(Field.ref("@componentParent", component.id()));
    fields.add(Field.ref("parent", component.id()));
    fields.add(Field.text("@sphere", sphere));
    if (component.type() != null) {
      fields.add(Field.text("type", component.type()));
    }
    return fields;
  }

  private static List<Field> copied(ResolvedObject component, Instant periodStart) {
    var fields = new ArrayList<Field>();
    for (var entry : new TreeMap<>(component.fields()).entrySet()) {
      var key = entry.getKey();
      if (NOT_COPIED.contains(key)) {
        continue;
      }
      for (var value : entry.getValue()) {
        fields.add(
            switch (value) {
              case FieldValue.Text text -> Field.text(key, text.value());
              case FieldValue.Ref ref ->
                  Field.ref(
                      key,
                      PER_PERIOD_REFS.contains(key)
                          ? RunIds.instanceId(ref.id(), periodStart)
                          : ref.id());
            });
      }
    }
    return fields;
  }

  private static List<Field> tail(StoredPipeline pipeline, Period period, String status) {
    return List.of(
        Field.text("@pipelineId", pipeline.id()),
        Field.text("@version", Integer.toString(pipeline.activeVersion())),
        Field.text(RunObjects.SCHEDULED_START, RunTimes.format(period.start())),
        Field.text(RunObjects.SCHEDULED_END, RunTimes.format(period.end())),
        Field.text(RunObjects.STATUS, status));
  }
}
