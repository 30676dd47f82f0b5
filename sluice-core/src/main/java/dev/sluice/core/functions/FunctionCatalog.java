package dev.sluice.core.functions;

import dev.sluice.core.events.NewEvent;
import java.util.List;
import java.util.Optional;

/**
 * Where functions are kept. Every write is one transaction that also commits its outbox events;
 * replacements and deletions are conditional on the revision read, so concurrent changes never
 * overwrite each other.
 */
public interface FunctionCatalog {

  Optional<StoredFunction> find(String name);

  /** Inserts a new function; false when one with this name exists. */
  boolean insert(FunctionRecord function, List<NewEvent> events);

  /** Replaces the function if it is still at {@code revision}; false otherwise. */
  boolean replace(FunctionRecord function, long revision, List<NewEvent> events);

  /** Deletes the function if it is still at {@code revision}; false otherwise. */
  boolean delete(String name, long revision);

  /** Functions ordered by name, after {@code afterName} (null for the first), at most limit. */
  List<FunctionRecord> list(String afterName, int limit);

  /** Commits outbox events that change no function (asynchronous invocations, destinations). */
  void append(List<NewEvent> events);
}
