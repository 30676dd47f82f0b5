package dev.sluice.core.pipelines.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/** Data Pipeline's failures: every one is HTTP 400 except the internal error. */
final class PipelineFailures {
  private PipelineFailures() {}

  static <T> Result<T> notFound(String pipelineId) {
    return Result.err(
        Failure.of(
            "PipelineNotFoundException",
            400,
            "Pipeline with id: " + pipelineId + " does not exist"));
  }

  static <T> Result<T> deleted(String pipelineId) {
    return Result.err(
        Failure.of(
            "PipelineDeletedException", 400, "Pipeline with id: " + pipelineId + " is deleted"));
  }

  static <T> Result<T> invalid(String message) {
    return Result.err(Failure.of("InvalidRequestException", 400, message));
  }

  /** A required member that was not given, worded as AWS's request validation words it. */
  static <T> Result<T> missing(String member) {
    return invalid(
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }

  static <T> Result<T> internal() {
    return Result.err(
        Failure.of("InternalServiceError", 500, "An internal service error occurred"));
  }
}
