package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Failure;

/** Step Functions' errors, with its codes and messages (all HTTP 400). */
final class WorkflowFailures {
  private WorkflowFailures() {}

  static Failure of(String code, String message) {
    return Failure.of(code, 400, message);
  }

  static Failure arnPrefix(String arn) {
    return of("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
  }

  static Failure arnType(String type) {
    return of("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + type + "'");
  }

  static Failure arn(String arn) {
    return of("InvalidArn", "Invalid Arn: '" + arn + "'");
  }

  static Failure machineMissing(String arn) {
    return of("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  static Failure machineExists(String arn) {
    return of("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
  }

  static Failure machineDeleting(String arn) {
    return of("StateMachineDeleting", "State Machine is being deleted: '" + arn + "'");
  }

  static Failure executionMissing(String arn) {
    return of("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
  }

  static Failure executionExists(String arn) {
    return of("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
  }

  static Failure activityMissing(String arn) {
    return of("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
  }

  static Failure invalidName(String name) {
    return of("InvalidName", "Invalid Name: '" + name + "'");
  }

  static Failure invalidInput(String detail) {
    return of("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + detail + "'");
  }

  static Failure invalidOutput(String detail) {
    return of("InvalidOutput", "Invalid Output: '" + detail + "'");
  }

  static Failure invalidToken() {
    return of("InvalidToken", "Invalid Token: 'Invalid token'");
  }

  static Failure typeNotSupported() {
    return of(
        "StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
  }

  static Failure validation(String message) {
    return of("ValidationException", message);
  }

  /** A request member that breaks one of the model's constraints. */
  static Failure constraint(String value, String member, String constraint) {
    var shown = value == null ? "Value" : "Value '" + value + "'";
    return validation(
        "1 validation error detected: "
            + shown
            + " at '"
            + member
            + "' failed to satisfy constraint: "
            + constraint);
  }

  static Failure conflict(String message) {
    return of("ConflictException", message);
  }

  static Failure notFound(String arn) {
    return of("ResourceNotFound", "Resource not found: '" + arn + "'").with("resourceName", arn);
  }

  static Failure aliasMissing(String arn) {
    return of("ResourceNotFound", "Request references a resource that does not exist.")
        .with("resourceName", arn);
  }
}
