package dev.sluice.core.pipelines;

/** ReportTaskRunnerHeartbeat's input. */
public record TaskRunnerHeartbeat(String taskrunnerId, String workerGroup, String hostname) {}
