package dev.sluice.core.jobs.internal;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import java.time.Instant;
import java.util.Map;

/** A job definition being completed field by field (defaults, timestamps) before it is stored. */
final class JobDraft {
  String name;
  String description;
  String logUri;
  String role;
  Instant createdOn;
  Instant lastModifiedOn;
  JobCommand command;
  Map<String, String> defaultArguments;
  Map<String, String> nonOverridableArguments;
  Integer maxConcurrentRuns;
  Integer maxRetries;
  Integer allocatedCapacity;
  Integer timeout;
  Double maxCapacity;
  String workerType;
  Integer numberOfWorkers;
  String securityConfiguration;
  String glueVersion;
  String executionClass;
  String jobMode;
  Boolean jobRunQueuingEnabled;
  String maintenanceWindow;
  Map<String, String> documents;
  Map<String, String> tags;

  static JobDraft of(JobDefinition job) {
    var draft = new JobDraft();
    draft.name = job.name();
    draft.description = job.description();
    draft.logUri = job.logUri();
    draft.role = job.role();
    draft.createdOn = job.createdOn();
    draft.lastModifiedOn = job.lastModifiedOn();
    draft.command = job.command();
    draft.defaultArguments = job.defaultArguments();
    draft.nonOverridableArguments = job.nonOverridableArguments();
    draft.maxConcurrentRuns = job.maxConcurrentRuns();
    draft.maxRetries = job.maxRetries();
    draft.allocatedCapacity = job.allocatedCapacity();
    draft.timeout = job.timeout();
    draft.maxCapacity = job.maxCapacity();
    draft.workerType = job.workerType();
    draft.numberOfWorkers = job.numberOfWorkers();
    draft.securityConfiguration = job.securityConfiguration();
    draft.glueVersion = job.glueVersion();
    draft.executionClass = job.executionClass();
    draft.jobMode = job.jobMode();
    draft.jobRunQueuingEnabled = job.jobRunQueuingEnabled();
    draft.maintenanceWindow = job.maintenanceWindow();
    draft.documents = job.documents();
    draft.tags = job.tags();
    return draft;
  }

  JobDefinition build() {
    return new JobDefinition(
        name,
        description,
        logUri,
        role,
        createdOn,
        lastModifiedOn,
        command,
        defaultArguments,
        nonOverridableArguments,
        maxConcurrentRuns,
        maxRetries,
        allocatedCapacity,
        timeout,
        maxCapacity,
        workerType,
        numberOfWorkers,
        securityConfiguration,
        glueVersion,
        executionClass,
        jobMode,
        jobRunQueuingEnabled,
        maintenanceWindow,
        documents,
        tags);
  }
}
