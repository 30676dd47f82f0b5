package dev.sluice.core.workflows.engine;

/** Where a scope stands in its current state. */
enum Phase {
  /** The state is next but not entered yet. */
  ENTER,
  /** The state was entered and its work (task, wait, branches) is under way. */
  ACTIVE,
  /** The state's task failed and waits to be retried. */
  RETRY,
  /** The scope ended (child scopes keep their result here until the parent finishes). */
  DONE
}
