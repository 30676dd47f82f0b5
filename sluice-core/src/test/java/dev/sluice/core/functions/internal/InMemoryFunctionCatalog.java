package dev.sluice.core.functions.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.StoredFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A test fixture: the catalog port in memory, keeping the events it was asked to commit. */
final class InMemoryFunctionCatalog implements FunctionCatalog {
  private final TreeMap<String, StoredFunction> functions = new TreeMap<>();
  final List<NewEvent> events = new ArrayList<>();

  @Override
  public synchronized Optional<StoredFunction> find(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  @Override
  public synchronized boolean insert(FunctionRecord function, List<NewEvent> newEvents) {
    if (functions.containsKey(function.name())) {
      return false;
    }
    functions.put(function.name(), new StoredFunction(function, 1));
    events.addAll(newEvents);
    return true;
  }

  @Override
  public synchronized boolean replace(
      FunctionRecord function, long revision, List<NewEvent> newEvents) {
    var current = functions.get(function.name());
    if (current == null || current.revision() != revision) {
      return false;
    }
    functions.put(function.name(), new StoredFunction(function, revision + 1));
    events.addAll(newEvents);
    return true;
  }

  @Override
  public synchronized boolean delete(String name, long revision) {
    var current = functions.get(name);
    if (current == null || current.revision() != revision) {
      return false;
    }
    functions.remove(name);
    return true;
  }

  @Override
  public synchronized List<FunctionRecord> list(String afterName, int limit) {
    var tail = afterName == null ? functions : functions.tailMap(afterName, false);
    return tail.values().stream().map(StoredFunction::function).limit(limit).toList();
  }

  @Override
  public synchronized void append(List<NewEvent> newEvents) {
    events.addAll(newEvents);
  }
}
