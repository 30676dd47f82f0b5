package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.StoredPipeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * DescribePipelines' fields in the order AWS answers them ({@code @pipelineState}, {@code
 * description}, {@code name}, {@code @creationTime}, {@code @id}, {@code pipelineCreator}, {@code
 * @sphere}, {@code @version}, {@code @userId}, {@code @accountId}, {@code uniqueId}), then the
 * activation's and the runner's {@code @}-fields.
 */
final class PipelineDescriptions {
  /** Sluice's account when a caller gave none. */
  static final String DEFAULT_ACCOUNT = "000000000000";

  /** The runner's fields in the order they are shown; others follow by name. */
  private static final List<String> RUNTIME_ORDER =
      List.of(
          "@lastActivationTime",
          "@latestRunTime",
          "@latestCompletedRunTime",
          "@nextRunTime",
          "@scheduledPeriod",
          "@healthStatus",
          "@healthStatusFromInstanceId",
          "@healthStatusUpdatedTime",
          "@finishedTime",
          "@lastDeactivatedTime");

  private PipelineDescriptions() {}

  static PipelineDescription of(StoredPipeline p) {
    var account = p.account() == null ? DEFAULT_ACCOUNT : p.account();
    var fields = new ArrayList<Field>();
    fields.add(Field.text("@pipelineState", p.state()));
    if (p.description() != null) {
      fields.add(Field.text("description", p.description()));
    }
    fields.add(Field.text("name", p.name()));
    fields.add(Field.text("@creationTime", PipelineTimes.format(p.createdAt())));
    fields.add(Field.text("@id", p.id()));
    fields.add(Field.text("pipelineCreator", account));
    fields.add(Field.text("@sphere", "PIPELINE"));
    if (p.latestVersion() > 0) {
      fields.add(Field.text("@version", Integer.toString(p.latestVersion())));
    }
    fields.add(Field.text("@userId", account));
    fields.add(Field.text("@accountId", account));
    fields.add(Field.text("uniqueId", p.uniqueId()));
    if (p.firstActivatedAt() != null) {
      fields.add(Field.text("@firstActivationTime", PipelineTimes.format(p.firstActivatedAt())));
    }
    if (p.scheduledStart() != null) {
      fields.add(Field.text("@scheduledStartTime", PipelineTimes.format(p.scheduledStart())));
    }
    fields.addAll(runtimeFields(p.runtimeFields(), keys(fields)));
    return new PipelineDescription(p.id(), p.name(), fields, p.description(), p.tags());
  }

  private static List<Field> runtimeFields(Map<String, String> runtime, Set<String> shown) {
    var fields = new ArrayList<Field>();
    for (var key : RUNTIME_ORDER) {
      if (runtime.containsKey(key) && !shown.contains(key)) {
        fields.add(Field.text(key, runtime.get(key)));
      }
    }
    for (var entry : new TreeMap<>(runtime).entrySet()) {
      var key = entry.getKey();
      if (key.startsWith("@") && !RUNTIME_ORDER.contains(key) && !shown.contains(key)) {
        fields.add(Field.text(key, entry.getValue()));
      }
    }
    return fields;
  }

  private static Set<String> keys(List<Field> fields) {
    var keys = new HashSet<String>();
    fields.forEach(f -> keys.add(f.key()));
    return keys;
  }
}
