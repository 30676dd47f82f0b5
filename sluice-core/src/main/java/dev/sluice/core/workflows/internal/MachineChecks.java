package dev.sluice.core.workflows.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;

/** Checks of CreateStateMachine's and UpdateStateMachine's members, and record changes. */
final class MachineChecks {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MachineChecks() {}

  /** Each log group ARN of a LoggingConfiguration (JSON text, or null) must end in {@code :*}. */
  static Result<Void> logging(String loggingConfiguration) {
    if (loggingConfiguration == null) {
      return Result.ok(null);
    }
    for (JsonNode destination : read(loggingConfiguration).path("destinations")) {
      JsonNode arn = destination.path("cloudWatchLogsLogGroup").path("logGroupArn");
      if (arn.isTextual() && !arn.asText().endsWith(":*")) {
        return Result.err(
            WorkflowFailures.of(
                "InvalidLoggingConfiguration",
                "Invalid Logging Configuration: Log Group ARN must be provided with '*'"
                    + " qualifier."));
      }
    }
    return Result.ok(null);
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the API layer hands over valid JSON", e);
    }
  }

  static Result<Void> publishing(boolean publish, String versionDescription) {
    return versionDescription != null && !publish
        ? Result.err(
            WorkflowFailures.validation("Version description can only be set when publish is true"))
        : Result.ok(null);
  }

  /** A role ARN must at least look like an ARN. */
  static Result<Void> role(String roleArn) {
    return roleArn == null || !roleArn.startsWith("arn:") || roleArn.split(":", -1).length < 6
        ? Result.err(WorkflowFailures.arnPrefix(roleArn))
        : Result.ok(null);
  }

  static Result<Void> definition(String definition, MachineType type) {
    return DefinitionValidation.failure(definition, type)
        .<Result<Void>>map(Result::err)
        .orElseGet(() -> Result.ok(null));
  }

  static MachineRecord deleting(MachineRecord m) {
    return new MachineRecord(
        m.arn(),
        m.name(),
        m.type(),
        m.definition(),
        m.roleArn(),
        m.description(),
        m.created(),
        m.revisionId(),
        m.loggingConfiguration(),
        m.tracingConfiguration(),
        m.version(),
        true);
  }
}
