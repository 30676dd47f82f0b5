package dev.sluice.core.workflows.engine;

import dev.sluice.core.result.Failure;
import java.util.UUID;

/** Glue's errors as a Task reports them: {@code Glue.<Exception>} with the SDK's cause text. */
final class GlueFailures {
  private GlueFailures() {}

  /** As the optimized integration (the Java SDK v1) describes it. */
  static TaskOutcome.Failed optimized(Failure failure) {
    return new TaskOutcome.Failed(
        error(failure),
        failure.message()
            + " (Service: AWSGlue; Status Code: "
            + failure.status()
            + "; Error Code: "
            + failure.code()
            + "; Request ID: "
            + UUID.randomUUID()
            + "; Proxy: null)");
  }

  /** As the {@code aws-sdk:glue} integration (the Java SDK v2) describes it. */
  static TaskOutcome.Failed sdk(Failure failure) {
    return new TaskOutcome.Failed(
        error(failure),
        failure.message()
            + " (Service: Glue, Status Code: "
            + failure.status()
            + ", Request ID: "
            + UUID.randomUUID()
            + ") (SDK Attempt Count: 1)");
  }

  /** The SDK's exception class name with the service's prefix. */
  private static String error(Failure failure) {
    String code = failure.code();
    return "Glue." + (code.endsWith("Exception") ? code : code + "Exception");
  }
}
