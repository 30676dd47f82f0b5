package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.JobsPage;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.jobs.StoppedRuns;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code arn:aws:states:::aws-sdk:glue:<action>} for job runs: startJobRun, getJobRun, getJobRuns
 * and batchStopJobRun, answering the members as the SDK returns them (dates as ISO-8601 text) and
 * Glue's errors as {@code Glue.<Exception>} with the Java SDK v2's cause text.
 */
final class GlueSdkCalls {
  private final JobService jobs;

  GlueSdkCalls(JobService jobs) {
    this.jobs = jobs;
  }

  TaskOutcome run(String action, JsonNode p) {
    String missing = missing(action, p);
    if (missing != null) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The field '" + missing + "' is required but was missing");
    }
    return switch (action) {
      case "startJobRun" -> start(p);
      case "getJobRun" ->
          answer(
              jobs.getJobRun(text(p, "JobName"), text(p, "RunId")),
              run -> {
                ObjectNode out = Json.object();
                out.set("JobRun", JobRunJson.sdk(run));
                return out;
              });
      case "getJobRuns" ->
          answer(
              jobs.getJobRuns(
                  text(p, "JobName"),
                  text(p, "NextToken"),
                  p.path("MaxResults").isInt() ? p.get("MaxResults").intValue() : null),
              GlueSdkCalls::runs);
      case "batchStopJobRun" ->
          answer(jobs.batchStopJobRun(text(p, "JobName"), runIds(p)), GlueSdkCalls::stopped);
      default ->
          new TaskOutcome.Failed(
              "States.Runtime",
              "Sluice does not support the action '"
                  + action
                  + "' of the aws-sdk:glue integration");
    };
  }

  /** The first required member of the action's request that is absent, or null. */
  private static String missing(String action, JsonNode p) {
    List<String> required =
        switch (action) {
          case "getJobRun" -> List.of("JobName", "RunId");
          case "getJobRuns" -> List.of("JobName");
          case "batchStopJobRun" -> List.of("JobName", "JobRunIds");
          default -> List.of();
        };
    return required.stream().filter(field -> !p.hasNonNull(field)).findFirst().orElse(null);
  }

  private TaskOutcome start(JsonNode p) {
    Result<NewJobRun> request = GlueStartRequest.read(p);
    if (request instanceof Result.Err<NewJobRun> refused) {
      return new TaskOutcome.Failed("States.Runtime", refused.failure().message());
    }
    return answer(
        jobs.startJobRun(request.value()),
        id -> {
          ObjectNode out = Json.object();
          out.put("JobRunId", id);
          return out;
        });
  }

  private static <T> TaskOutcome answer(Result<T> result, Function<T, ObjectNode> output) {
    return switch (result) {
      case Result.Err<T> err -> GlueFailures.sdk(err.failure());
      case Result.Ok<T> ok -> new TaskOutcome.Done(output.apply(ok.value()));
    };
  }

  private static ObjectNode runs(JobsPage<JobRun> page) {
    ObjectNode out = Json.object();
    ArrayNode runs = out.putArray("JobRuns");
    page.items().forEach(run -> runs.add(JobRunJson.sdk(run)));
    if (page.nextToken() != null) {
      out.put("NextToken", page.nextToken());
    }
    return out;
  }

  private static ObjectNode stopped(StoppedRuns stopped) {
    ObjectNode out = Json.object();
    ArrayNode errors = out.putArray("Errors");
    stopped
        .errors()
        .forEach(
            refusal -> {
              ObjectNode error = errors.addObject();
              error.put("JobName", refusal.jobName());
              error.put("JobRunId", refusal.jobRunId());
              ObjectNode detail = error.putObject("ErrorDetail");
              detail.put("ErrorCode", refusal.errorCode());
              detail.put("ErrorMessage", refusal.errorMessage());
            });
    ArrayNode successful = out.putArray("SuccessfulSubmissions");
    stopped
        .successful()
        .forEach(
            submission -> {
              ObjectNode item = successful.addObject();
              item.put("JobName", submission.jobName());
              item.put("JobRunId", submission.jobRunId());
            });
    return out;
  }

  private static List<String> runIds(JsonNode p) {
    List<String> ids = new ArrayList<>();
    p.path("JobRunIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private static String text(JsonNode p, String field) {
    JsonNode value = p.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
