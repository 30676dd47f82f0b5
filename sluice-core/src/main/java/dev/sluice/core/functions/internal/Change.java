package dev.sluice.core.functions.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.functions.FunctionRecord;
import java.util.List;

/** A function's new state, the events committed with it, and what the operation answers. */
record Change<T>(FunctionRecord function, List<NewEvent> events, T answer) {

  static <T> Change<T> of(FunctionRecord function, T answer) {
    return new Change<>(function, List.of(), answer);
  }
}
