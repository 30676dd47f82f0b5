package dev.sluice.core.jobs;

import java.time.Instant;
import java.util.Map;

/**
 * A job definition as Glue keeps it ({@code Job}); what CreateJob and UpdateJob write (UpdateJob
 * replaces every field, as Glue's does). Absent optional fields are null; maps are never null.
 *
 * @param createdOn set by the service
 * @param lastModifiedOn set by the service
 * @param maxConcurrentRuns {@code ExecutionProperty.MaxConcurrentRuns}; null means Glue's default 1
 * @param timeout minutes; null means Glue's default (2880)
 * @param documents the members Sluice only keeps and answers, as their JSON text, by member name
 *     ({@code Connections}, {@code NotificationProperty}, {@code CodeGenConfigurationNodes}, {@code
 *     SourceControlDetails})
 * @param tags CreateJob's tags (not part of GetJob's answer; ListJobs filters by them)
 */
public record JobDefinition(
    String name,
    String description,
    String logUri,
    String role,
    Instant createdOn,
    Instant lastModifiedOn,
    JobCommand command,
    Map<String, String> defaultArguments,
    Map<String, String> nonOverridableArguments,
    Integer maxConcurrentRuns,
    Integer maxRetries,
    Integer allocatedCapacity,
    Integer timeout,
    Double maxCapacity,
    String workerType,
    Integer numberOfWorkers,
    String securityConfiguration,
    String glueVersion,
    String executionClass,
    String jobMode,
    Boolean jobRunQueuingEnabled,
    String maintenanceWindow,
    Map<String, String> documents,
    Map<String, String> tags) {

  public JobDefinition {
    defaultArguments = Ordered.copy(defaultArguments);
    nonOverridableArguments = Ordered.copy(nonOverridableArguments);
    documents = Ordered.copy(documents);
    tags = Ordered.copy(tags);
  }
}
