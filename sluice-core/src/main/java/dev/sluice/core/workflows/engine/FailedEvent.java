package dev.sluice.core.workflows.engine;

/**
 * When AWS records a Map's or Parallel's failed event (MapStateFailed, ParallelStateFailed): the
 * recorded histories show it for a Map unless it is retried, for a Parallel only when nothing
 * handles the failure.
 */
enum FailedEvent {
  UNLESS_RETRIED,
  ONLY_UNHANDLED;

  boolean recorded(Handling handling) {
    return switch (this) {
      case UNLESS_RETRIED -> !(handling instanceof Handling.Retry);
      case ONLY_UNHANDLED -> handling instanceof Handling.Unhandled;
    };
  }
}
