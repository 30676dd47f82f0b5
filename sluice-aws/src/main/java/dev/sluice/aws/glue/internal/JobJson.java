package dev.sluice.aws.glue.internal;

import static dev.sluice.aws.glue.internal.GlueJson.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;

/**
 * A job definition as Glue's {@code Job} shape, in the model's member order. Tags are not part of
 * it; ExecutionProperty is always answered (MaxConcurrentRuns 1 when the job left it out), as Glue
 * answers it.
 */
public final class JobJson {
  private JobJson() {}

  public static ObjectNode job(JobDefinition job) {
    var node = JsonNodes.object();
    put(node, "Name", job.name());
    put(node, "JobMode", job.jobMode());
    put(node, "JobRunQueuingEnabled", job.jobRunQueuingEnabled());
    put(node, "Description", job.description());
    put(node, "LogUri", job.logUri());
    put(node, "Role", job.role());
    put(node, "CreatedOn", job.createdOn());
    put(node, "LastModifiedOn", job.lastModifiedOn());
    node.putObject("ExecutionProperty")
        .put("MaxConcurrentRuns", job.maxConcurrentRuns() == null ? 1 : job.maxConcurrentRuns());
    if (job.command() != null) {
      node.set("Command", command(job.command()));
    }
    put(node, "DefaultArguments", job.defaultArguments());
    put(node, "NonOverridableArguments", job.nonOverridableArguments());
    document(node, job, "Connections");
    put(node, "MaxRetries", job.maxRetries());
    put(node, "AllocatedCapacity", job.allocatedCapacity());
    put(node, "Timeout", job.timeout());
    put(node, "MaxCapacity", job.maxCapacity());
    put(node, "WorkerType", job.workerType());
    put(node, "NumberOfWorkers", job.numberOfWorkers());
    put(node, "SecurityConfiguration", job.securityConfiguration());
    document(node, job, "NotificationProperty");
    put(node, "GlueVersion", job.glueVersion());
    document(node, job, "CodeGenConfigurationNodes");
    put(node, "ExecutionClass", job.executionClass());
    document(node, job, "SourceControlDetails");
    put(node, "MaintenanceWindow", job.maintenanceWindow());
    return node;
  }

  private static ObjectNode command(JobCommand command) {
    var node = JsonNodes.object();
    put(node, "Name", command.name());
    put(node, "ScriptLocation", command.scriptLocation());
    put(node, "PythonVersion", command.pythonVersion());
    put(node, "Runtime", command.runtime());
    return node;
  }

  private static void document(ObjectNode node, JobDefinition job, String member) {
    var document = job.documents().get(member);
    if (document != null) {
      node.set(member, GlueJson.parse(document));
    }
  }
}
