package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.Constraints;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.internal.JobShape;
import dev.sluice.aws.glue.internal.NotificationShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.result.Result;
import java.util.Map;

/**
 * {@code AWSGlue.StartJobRun}: a new run of the job, its members taking the job's values where left
 * out; answers the run's id. ExecutionRoleSessionPolicy is checked against the model but not used.
 */
public final class StartJobRun implements GlueBinding {
  public record Input(
      String jobName,
      Boolean jobRunQueuingEnabled,
      String jobRunId,
      Map<String, String> arguments,
      Integer allocatedCapacity,
      Integer timeout,
      Double maxCapacity,
      String securityConfiguration,
      NotificationShape notificationProperty,
      String workerType,
      Integer numberOfWorkers,
      String executionClass,
      String executionRoleSessionPolicy) {}

  private final JobService jobs;

  public StartJobRun(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public Result<ObjectNode> handle(GlueRequest request) {
    return request.input(Input.class).flatMap(this::start);
  }

  private Result<ObjectNode> start(Input input) {
    var constraints =
        new Constraints()
            .required(input.jobName(), "jobName")
            .name(input.jobName(), "jobName")
            .name(input.jobRunId(), "jobRunId")
            .entries(input.arguments(), "arguments", null, null, false)
            .atLeast(input.timeout(), "timeout", 1)
            .name(input.securityConfiguration(), "securityConfiguration");
    NotificationShape.check(constraints, input.notificationProperty(), "notificationProperty")
        .oneOf(input.workerType(), "workerType", JobShape.WORKER_TYPES)
        .length(input.executionClass(), "executionClass", 0, 16)
        .oneOf(input.executionClass(), "executionClass", JobShape.EXECUTION_CLASSES)
        .length(input.executionRoleSessionPolicy(), "executionRoleSessionPolicy", 2, 2048);
    return constraints
        .then(() -> jobs.startJobRun(newRun(input)))
        .map(id -> JsonNodes.object().put("JobRunId", id));
  }

  private static NewJobRun newRun(Input input) {
    return new NewJobRun(
        input.jobName(),
        input.jobRunId(),
        input.arguments(),
        input.allocatedCapacity(),
        input.timeout(),
        input.maxCapacity(),
        input.securityConfiguration(),
        NotificationShape.delay(input.notificationProperty()),
        input.workerType(),
        input.numberOfWorkers(),
        input.executionClass(),
        input.jobRunQueuingEnabled());
  }
}
