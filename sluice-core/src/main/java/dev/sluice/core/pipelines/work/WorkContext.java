package dev.sluice.core.pipelines.work;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where one attempt's work runs: its own empty working directory, the log stream its output goes to
 * (CloudWatch Logs group and stream, readable with {@code sluice logs}), and how long it may take
 * (null: no limit). Work ends early, killing what it started, when the calling thread is
 * interrupted.
 */
public record WorkContext(
    String pipelineId,
    String attemptId,
    Path workDir,
    String logGroup,
    String logStream,
    Duration timeout) {}
