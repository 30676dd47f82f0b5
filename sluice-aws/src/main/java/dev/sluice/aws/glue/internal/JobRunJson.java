package dev.sluice.aws.glue.internal;

import static dev.sluice.aws.glue.internal.GlueJson.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobRun;

/**
 * A run as Glue's {@code JobRun} shape, in the model's member order: PredecessorRuns is always an
 * empty list (Sluice has no triggers), ExecutionTime is 0 until the run has ended, as Glue answers.
 */
public final class JobRunJson {
  private JobRunJson() {}

  public static ObjectNode run(JobRun run) {
    var node = JsonNodes.object();
    put(node, "Id", run.id());
    node.put("Attempt", run.attempt());
    put(node, "PreviousRunId", run.previousRunId());
    put(node, "TriggerName", run.triggerName());
    put(node, "JobName", run.jobName());
    put(node, "JobMode", run.jobMode());
    put(node, "StartedOn", run.startedOn());
    put(node, "LastModifiedOn", run.lastModifiedOn());
    put(node, "CompletedOn", run.completedOn());
    put(node, "JobRunState", run.state() == null ? null : run.state().name());
    put(node, "Arguments", run.arguments());
    put(node, "ErrorMessage", run.errorMessage());
    node.putArray("PredecessorRuns");
    put(node, "AllocatedCapacity", run.allocatedCapacity());
    node.put("ExecutionTime", run.executionTime() == null ? 0 : run.executionTime());
    put(node, "Timeout", run.timeout());
    put(node, "MaxCapacity", run.maxCapacity());
    put(node, "WorkerType", run.workerType());
    put(node, "NumberOfWorkers", run.numberOfWorkers());
    put(node, "SecurityConfiguration", run.securityConfiguration());
    put(node, "LogGroupName", run.logGroupName());
    if (run.notifyDelayAfter() != null) {
      node.putObject("NotificationProperty").put("NotifyDelayAfter", run.notifyDelayAfter());
    }
    put(node, "GlueVersion", run.glueVersion());
    put(node, "ExecutionClass", run.executionClass());
    return node;
  }
}
