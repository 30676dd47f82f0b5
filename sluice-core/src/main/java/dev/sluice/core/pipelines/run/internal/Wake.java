package dev.sluice.core.pipelines.run.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The payload of an ADVANCE event: the generation it is for, and, for timed checks that must not
 * multiply, the object and the reason it was scheduled for ({@link #RECHECK} a precondition, {@link
 * #LATE} the late action, {@link #TIMEOUT} a task runner's silence). A plain advance has neither.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Wake(int generation, String objectId, String reason) {
  public static final String RECHECK = "recheck";
  public static final String LATE = "late";
  public static final String TIMEOUT = "timeout";

  public static Wake plain(int generation) {
    return new Wake(generation, null, null);
  }

  public boolean is(String wantedReason, String wantedObject) {
    return wantedReason.equals(reason) && wantedObject.equals(objectId);
  }
}
