package dev.sluice.asl.internal;

/**
 * A runtime failure of a state (States.Runtime, States.IntrinsicFailure, ...), thrown deep inside
 * path and template evaluation and turned into a {@code Step.Failed} value by the interpreter.
 */
public final class StateFailure extends RuntimeException {
  private final String error;

  public StateFailure(String error, String cause) {
    super(cause, null, false, false);
    this.error = error;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return getMessage();
  }
}
