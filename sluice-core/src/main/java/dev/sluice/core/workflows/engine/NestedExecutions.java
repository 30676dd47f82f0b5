package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.WorkflowService;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Executions started by a Task: {@code arn:aws:states:::states:startExecution} (returns at once),
 * {@code .sync} and {@code .sync:2} (wait for the child and answer its description; a child that
 * does not succeed fails the task with States.TaskFailed), and {@code aws-sdk:sfn:startExecution}.
 */
public final class NestedExecutions implements TaskIntegration {
  private final Supplier<WorkflowService> service;
  private final Supplier<WorkflowEngine> engine;

  public NestedExecutions(Supplier<WorkflowService> service, Supplier<WorkflowEngine> engine) {
    this.service = service;
    this.engine = engine;
  }

  @Override
  public boolean serves(TaskResource resource) {
    boolean sdk = resource.resourceType().equals("aws-sdk:sfn");
    return resource.action().equals("startExecution")
            && (sdk || resource.resourceType().equals("states"))
        || sdk && resource.action().startsWith("sendTask");
  }

  @Override
  public TaskOutcome run(TaskCall call) throws InterruptedException {
    JsonNode p = call.parameters();
    if (call.resource().action().startsWith("sendTask")) {
      return answer(call.resource().action(), p);
    }
    Result<ExecutionRecord> started =
        service
            .get()
            .startExecution(
                new NewExecution(
                    p.path("StateMachineArn").asText(null),
                    p.path("Name").asText(null),
                    input(p.get("Input")),
                    null));
    boolean sdk = call.resource().resourceType().equals("aws-sdk:sfn");
    if (started instanceof Result.Err<ExecutionRecord> err) {
      return failed(err.failure(), sdk);
    }
    ExecutionRecord child = ((Result.Ok<ExecutionRecord>) started).value();
    return switch (call.resource().pattern()) {
      case SYNC, SYNC_2 -> {
        call.submitted().accept(startResponse(child, false));
        yield finished(engine.get().awaitEnd(child.arn()), call.resource().pattern());
      }
      default -> new TaskOutcome.Done(startResponse(child, sdk));
    };
  }

  /** A {@code .sync} start resumed after a restart waits for the child it started. */
  @Override
  public Optional<TaskOutcome> resume(TaskCall call, JsonNode submitted)
      throws InterruptedException {
    String child = submitted.path("ExecutionArn").asText(null);
    boolean sync =
        call.resource().pattern() == TaskResource.Pattern.SYNC
            || call.resource().pattern() == TaskResource.Pattern.SYNC_2;
    if (!sync || child == null || !call.resource().resourceType().equals("states")) {
      return Optional.empty();
    }
    return Optional.of(finished(engine.get().awaitEnd(child), call.resource().pattern()));
  }

  /** {@code aws-sdk:sfn:sendTaskSuccess}, {@code sendTaskFailure} and {@code sendTaskHeartbeat}. */
  private TaskOutcome answer(String action, JsonNode p) {
    String token = p.path("TaskToken").asText(null);
    Result<Void> answered =
        switch (action) {
          case "sendTaskSuccess" -> {
            JsonNode output = p.get("Output");
            yield service
                .get()
                .sendTaskSuccess(
                    token,
                    output == null || output.isTextual()
                        ? output == null ? null : output.asText()
                        : Json.write(output));
          }
          case "sendTaskFailure" ->
              service
                  .get()
                  .sendTaskFailure(
                      token, p.path("Error").asText(null), p.path("Cause").asText(null));
          case "sendTaskHeartbeat" -> service.get().sendTaskHeartbeat(token);
          default ->
              Result.err(
                  Failure.of(
                      "UnknownOperation", 400, "Sluice does not support sfn:" + action + "."));
        };
    return switch (answered) {
      case Result.Err<Void> err -> failed(err.failure(), true);
      case Result.Ok<Void> ok -> new TaskOutcome.Done(Json.object());
    };
  }

  /** The child's input text: absent or null → {@code {}}, a string as it is, else its JSON. */
  private static String input(JsonNode input) {
    if (input == null || input.isNull() || input.isMissingNode()) {
      return "{}";
    }
    return input.isTextual() ? input.asText() : Json.write(input);
  }

  private static ObjectNode startResponse(ExecutionRecord child, boolean sdk) {
    ObjectNode out = Json.object();
    out.put("ExecutionArn", child.arn());
    if (sdk) {
      out.put("StartDate", child.started().toString());
      return out;
    }
    String body =
        "{\"executionArn\":\""
            + child.arn()
            + "\",\"startDate\":"
            + child.started().toEpochMilli() / 1000.0
            + "}";
    SdkMetadata.add(
        out, UUID.randomUUID().toString(), body, child.started(), "application/x-amz-json-1.0");
    out.put("StartDate", child.started().toEpochMilli());
    return out;
  }

  private static TaskOutcome finished(ExecutionRecord child, TaskResource.Pattern pattern) {
    boolean parsed = pattern == TaskResource.Pattern.SYNC_2;
    ObjectNode out = Json.object();
    if (child.status() != ExecutionStatus.SUCCEEDED) {
      if (child.cause() != null) {
        out.put("Cause", child.cause());
      }
      if (child.error() != null) {
        out.put("Error", child.error());
      } else if (child.status() == ExecutionStatus.TIMED_OUT) {
        out.put("Error", "States.Timeout");
      }
    }
    out.put("ExecutionArn", child.arn());
    putJson(out, "Input", child.input(), parsed);
    out.putObject("InputDetails").put("Included", true);
    out.put("Name", child.name());
    if (child.output() != null) {
      putJson(out, "Output", child.output(), parsed);
      out.putObject("OutputDetails").put("Included", true);
    }
    out.put("StartDate", child.started().toEpochMilli());
    out.put("StateMachineArn", child.machineArn());
    out.put(
        "Status", child.status() == ExecutionStatus.TIMED_OUT ? "FAILED" : child.status().name());
    if (child.stopped() != null) {
      out.put("StopDate", child.stopped().toEpochMilli());
    }
    return child.status() == ExecutionStatus.SUCCEEDED
        ? new TaskOutcome.Done(out)
        : new TaskOutcome.Failed("States.TaskFailed", Json.write(out));
  }

  private static void putJson(ObjectNode out, String field, String text, boolean parsed) {
    if (parsed) {
      out.set(field, Json.read(text));
    } else {
      out.put(field, text);
    }
  }

  /** A refused start as the integration reports it: {@code StepFunctions.<Code>Exception}. */
  private static TaskOutcome failed(Failure failure, boolean sdk) {
    String code =
        failure.code().endsWith("Exception") ? failure.code() : failure.code() + "Exception";
    String requestId = UUID.randomUUID().toString();
    String cause =
        sdk
            ? failure.message()
                + " (Service: Sfn, Status Code: "
                + failure.status()
                + ", Request ID: "
                + requestId
                + ") (SDK Attempt Count: 1)"
            : failure.message()
                + " (Service: AWSStepFunctions; Status Code: "
                + failure.status()
                + "; Error Code: "
                + failure.code()
                + "; Request ID: "
                + requestId
                + "; Proxy: null)";
    return new TaskOutcome.Failed((sdk ? "Sfn." : "StepFunctions.") + code, cause);
  }
}
