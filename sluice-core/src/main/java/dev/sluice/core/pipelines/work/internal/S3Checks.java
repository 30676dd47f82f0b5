package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Result;

/** The S3KeyExists and S3PrefixNotEmpty preconditions: a failure when they do not hold. */
public final class S3Checks {
  private final ObjectFiles objects;

  public S3Checks(ObjectFiles objects) {
    this.objects = objects;
  }

  public WorkOutcome keyExists(S3Location key) {
    return holds(objects.exists(key), key, " does not exist");
  }

  public WorkOutcome prefixNotEmpty(S3Location prefix) {
    return holds(objects.prefixNotEmpty(prefix), prefix, " is empty");
  }

  private static WorkOutcome holds(Result<Boolean> check, S3Location location, String otherwise) {
    if (!check.isOk()) {
      return Outcomes.failed("Could not check " + location.uri(), check.failure());
    }
    return check.value()
        ? WorkOutcome.success()
        : WorkOutcome.failure(location.uri() + otherwise, null);
  }
}
