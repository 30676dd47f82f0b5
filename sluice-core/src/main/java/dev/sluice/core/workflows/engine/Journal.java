package dev.sluice.core.workflows.engine;

import dev.sluice.core.workflows.Progress;

/** Where a run's progress goes: the store for standard executions, nowhere for express ones. */
interface Journal {
  void commit(Progress progress);

  /** Express executions keep nothing. */
  Journal NONE = progress -> {};
}
