package dev.sluice.core.jobs;

import java.util.Map;

/** Job definitions for tests: a Spark ETL job with a script and a role, changed as told. */
public final class JobBuilder {
  private final String name;
  private String description;
  private String commandName = JobCommand.GLUE_ETL;
  private String pythonVersion = "3";
  private Map<String, String> defaultArguments = Map.of();
  private Map<String, String> nonOverridableArguments = Map.of();
  private Integer maxConcurrentRuns;
  private Integer maxRetries;
  private Integer allocatedCapacity;
  private Integer timeout;
  private Double maxCapacity;
  private String workerType;
  private Integer numberOfWorkers;
  private String glueVersion;
  private Map<String, String> tags = Map.of();

  private JobBuilder(String name) {
    this.name = name;
  }

  public static JobBuilder job(String name) {
    return new JobBuilder(name);
  }

  public JobBuilder description(String description) {
    this.description = description;
    return this;
  }

  public JobBuilder command(String commandName) {
    this.commandName = commandName;
    return this;
  }

  public JobBuilder pythonVersion(String pythonVersion) {
    this.pythonVersion = pythonVersion;
    return this;
  }

  public JobBuilder defaultArguments(Map<String, String> arguments) {
    this.defaultArguments = arguments;
    return this;
  }

  public JobBuilder nonOverridableArguments(Map<String, String> arguments) {
    this.nonOverridableArguments = arguments;
    return this;
  }

  public JobBuilder maxConcurrentRuns(Integer maxConcurrentRuns) {
    this.maxConcurrentRuns = maxConcurrentRuns;
    return this;
  }

  public JobBuilder maxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
    return this;
  }

  public JobBuilder allocatedCapacity(Integer allocatedCapacity) {
    this.allocatedCapacity = allocatedCapacity;
    return this;
  }

  public JobBuilder timeout(Integer timeout) {
    this.timeout = timeout;
    return this;
  }

  public JobBuilder maxCapacity(Double maxCapacity) {
    this.maxCapacity = maxCapacity;
    return this;
  }

  public JobBuilder workerType(String workerType) {
    this.workerType = workerType;
    return this;
  }

  public JobBuilder numberOfWorkers(Integer numberOfWorkers) {
    this.numberOfWorkers = numberOfWorkers;
    return this;
  }

  public JobBuilder workers(String workerType, Integer numberOfWorkers) {
    return workerType(workerType).numberOfWorkers(numberOfWorkers);
  }

  public JobBuilder glueVersion(String glueVersion) {
    this.glueVersion = glueVersion;
    return this;
  }

  public JobBuilder tags(Map<String, String> tags) {
    this.tags = tags;
    return this;
  }

  public JobDefinition build() {
    return new JobDefinition(
        name,
        description,
        null,
        "arn:aws:iam::123456789012:role/GlueJobs",
        null,
        null,
        new JobCommand(commandName, "s3://scripts/" + name + ".py", pythonVersion, null),
        defaultArguments,
        nonOverridableArguments,
        maxConcurrentRuns,
        maxRetries,
        allocatedCapacity,
        timeout,
        maxCapacity,
        workerType,
        numberOfWorkers,
        null,
        glueVersion,
        null,
        null,
        null,
        null,
        Map.of(),
        tags);
  }
}
