package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.RunObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reading and changing run objects; the status column and the {@code @status} field agree. */
public final class RunObjects {
  public static final String STATUS = "@status";
  public static final String SCHEDULED_START = "@scheduledStartTime";
  public static final String SCHEDULED_END = "@scheduledEndTime";
  public static final String ACTUAL_START = "@actualStartTime";
  public static final String ACTUAL_END = "@actualEndTime";
  public static final String HEAD_ATTEMPT = "@headAttempt";
  public static final String ATTEMPT_COUNT = "@attemptCount";
  public static final String TRIES_LEFT = "@triesLeft";
  public static final String INSTANCE_PARENT = "@instanceParent";
  public static final String CASCADE_FAILED_ON = "@cascadeFailedOn";
  public static final String REPORT_PROGRESS_TIME = "reportProgressTime";
  public static final String HOSTNAME = "hostname";
  public static final String ERROR_ID = "errorId";
  public static final String ERROR_MESSAGE = "errorMessage";
  public static final String ERROR_STACK_TRACE = "errorStackTrace";
  public static final String CANCELLATION_REASON = "cancellationReason";

  private RunObjects() {}

  public static FieldList fields(RunObject object) {
    return new FieldList(object.fields());
  }

  public static Optional<String> text(RunObject object, String key) {
    return fields(object).text(key);
  }

  public static Optional<Instant> time(RunObject object, String key) {
    return text(object, key).flatMap(RunTimes::parse);
  }

  /** The period start of an instance or attempt. */
  public static Instant periodStart(RunObject object) {
    return time(object, SCHEDULED_START).orElseThrow();
  }

  public static boolean isInstance(RunObject object) {
    return RunObject.INSTANCE.equals(object.sphere());
  }

  public static RunObject withStatus(RunObject object, String status, Instant now) {
    return edit(object, status, f -> f, now);
  }

  public static RunObject edit(RunObject object, UnaryOperator<FieldList> change, Instant now) {
    return edit(object, object.status(), change, now);
  }

  public static RunObject edit(
      RunObject object, String status, UnaryOperator<FieldList> change, Instant now) {
    var fields = change.apply(fields(object)).set(STATUS, status);
    return copy(object, status, object.taskId(), fields.fields(), now);
  }

  public static RunObject withTaskId(RunObject object, String taskId, Instant now) {
    return copy(object, object.status(), taskId, object.fields(), now);
  }

  private static RunObject copy(
      RunObject object, String status, String taskId, List<Field> fields, Instant now) {
    return new RunObject(
        object.pipelineId(),
        object.id(),
        object.componentId(),
        object.sphere(),
        object.parentId(),
        status,
        object.workerGroup(),
        taskId,
        object.generation(),
        fields,
        now);
  }
}
