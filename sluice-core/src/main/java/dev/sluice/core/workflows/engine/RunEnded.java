package dev.sluice.core.workflows.engine;

/**
 * Thrown inside a run's threads when the execution ended elsewhere (stopped, timed out, a sibling
 * branch failed): the thread unwinds without writing anything more.
 */
final class RunEnded extends RuntimeException {
  RunEnded() {
    super(null, null, false, false);
  }
}
