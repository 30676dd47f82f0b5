package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * StartJobRun's input from a Task's parameters. Members of the wrong JSON type (an argument value
 * that is no string, a Timeout that is no integer) are refused as Step Functions refuses parameters
 * it cannot give the service: the task fails with States.Runtime, nothing is started.
 */
final class GlueStartRequest {
  private final JsonNode parameters;
  private final List<String> problems = new ArrayList<>();

  private GlueStartRequest(JsonNode parameters) {
    this.parameters = parameters;
  }

  /** The run to start, or a States.Runtime failure naming every member of the wrong type. */
  static Result<NewJobRun> read(JsonNode parameters) {
    return new GlueStartRequest(parameters).read();
  }

  private Result<NewJobRun> read() {
    if (!parameters.hasNonNull("JobName")) {
      return refused("The field 'JobName' is required but was missing");
    }
    NewJobRun run =
        new NewJobRun(
            text("JobName"),
            text("JobRunId"),
            arguments(),
            integer(parameters, "AllocatedCapacity"),
            integer(parameters, "Timeout"),
            number("MaxCapacity"),
            text("SecurityConfiguration"),
            integer(parameters.path("NotificationProperty"), "NotifyDelayAfter"),
            text("WorkerType"),
            integer(parameters, "NumberOfWorkers"),
            text("ExecutionClass"),
            bool("JobRunQueuingEnabled"));
    if (!problems.isEmpty()) {
      return refused(
          "The Parameters '"
              + Json.write(parameters)
              + "' could not be used to start the Task: ["
              + String.join(", ", problems)
              + "]");
    }
    return Result.ok(run);
  }

  private static Result<NewJobRun> refused(String cause) {
    return Result.err(Failure.of("States.Runtime", 400, cause));
  }

  private Map<String, String> arguments() {
    JsonNode arguments = parameters.get("Arguments");
    Map<String, String> out = new LinkedHashMap<>();
    if (absent(arguments)) {
      return out;
    }
    if (!arguments.isObject()) {
      problems.add("The value for the field 'Arguments' must be an OBJECT");
      return out;
    }
    arguments
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().isTextual()) {
                out.put(entry.getKey(), entry.getValue().asText());
              } else {
                problems.add(
                    "The value for the field 'Arguments." + entry.getKey() + "' must be a STRING");
              }
            });
    return out;
  }

  private String text(String field) {
    JsonNode value = parameters.get(field);
    if (absent(value)) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add("The value for the field '" + field + "' must be a STRING");
      return null;
    }
    return value.asText();
  }

  private Integer integer(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (absent(value)) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.add("The value for the field '" + field + "' must be an INTEGER");
      return null;
    }
    return value.intValue();
  }

  private Double number(String field) {
    JsonNode value = parameters.get(field);
    if (absent(value)) {
      return null;
    }
    if (!value.isNumber()) {
      problems.add("The value for the field '" + field + "' must be a NUMBER");
      return null;
    }
    return value.doubleValue();
  }

  private Boolean bool(String field) {
    JsonNode value = parameters.get(field);
    if (absent(value)) {
      return null;
    }
    if (!value.isBoolean()) {
      problems.add("The value for the field '" + field + "' must be a BOOLEAN");
      return null;
    }
    return value.booleanValue();
  }

  private static boolean absent(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }
}
