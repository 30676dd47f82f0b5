package dev.sluice.core.pipelines.run;

import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Work whose outcomes the test scripts, per component: queued outcomes are used up in order, then
 * work succeeds. S3 preconditions hold for the keys the test says exist. Every call is recorded.
 */
final class ScriptedWork implements AttemptWork {
  private static final Pattern COMPONENT = Pattern.compile("^@(.*?)_\\d{4}-\\d{2}-\\d{2}T.*$");

  record Call(WorkItem item, WorkContext context) {
    String component() {
      return componentOf(context.attemptId());
    }
  }

  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<WorkOutcome>> outcomes = new ConcurrentHashMap<>();
  private final Set<String> existing = ConcurrentHashMap.newKeySet();
  private volatile Function<Call, WorkOutcome> custom = call -> null;

  @Override
  public WorkOutcome run(WorkItem item, WorkContext context) {
    var call = new Call(item, context);
    synchronized (calls) {
      calls.add(call);
    }
    var scripted = custom.apply(call);
    if (scripted != null) {
      return scripted;
    }
    return switch (item) {
      case WorkItem.KeyExists key ->
          existing.contains(key.key().uri())
              ? WorkOutcome.success()
              : WorkOutcome.failure("No object at " + key.key().uri(), null);
      case WorkItem.PrefixNotEmpty prefix ->
          existing.stream().anyMatch(k -> k.startsWith(prefix.prefix().asDirectory().uri()))
              ? WorkOutcome.success()
              : WorkOutcome.failure("Nothing under " + prefix.prefix().uri(), null);
      default -> {
        var queue = outcomes.get(call.component());
        WorkOutcome next = queue == null ? null : queue.poll();
        yield next == null ? WorkOutcome.success() : next;
      }
    };
  }

  /** The next runs of {@code component}'s work end so, in order. */
  ScriptedWork then(String component, WorkOutcome... next) {
    outcomes.computeIfAbsent(component, c -> new ArrayDeque<>()).addAll(List.of(next));
    return this;
  }

  ScriptedWork failing(String component, int times, String message) {
    for (int i = 0; i < times; i++) {
      then(component, WorkOutcome.failure(message, "trace of " + message));
    }
    return this;
  }

  void exists(String uri) {
    existing.add(uri);
  }

  /** Runs {@code behaviour} first; it answers null to leave the call to the script. */
  void custom(Function<Call, WorkOutcome> behaviour) {
    custom = behaviour;
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  List<Call> callsFor(String component) {
    return calls().stream().filter(c -> c.component().equals(component)).toList();
  }

  static String componentOf(String objectId) {
    var matcher = COMPONENT.matcher(objectId);
    return matcher.matches() ? matcher.group(1) : objectId;
  }
}
