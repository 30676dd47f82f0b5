package dev.sluice.core.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.pipelines.MemoryPipelineCatalog;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Drives a {@link PipelineRunner} on an in-memory catalog as the event dispatcher would: committed
 * {@code datapipeline} events are delivered in the order they fall due, on a clock the test moves.
 */
final class RunHarness {
  static final Instant T0 = Instant.parse("2026-11-20T22:15:00Z");

  final MemoryPipelineCatalog catalog = new MemoryPipelineCatalog();
  final TestClock clock = new TestClock(T0);
  final ScriptedWork work = new ScriptedWork();
  final CollectingLogs logs = new CollectingLogs();
  final Path workRoot;
  PipelineRunner runner;
  private final Set<Integer> delivered = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private int created;

  RunHarness(Path workRoot) {
    this.workRoot = workRoot;
    this.runner = newRunner();
  }

  /** Another runner on the same catalog, as after a restart. */
  PipelineRunner newRunner() {
    return new PipelineRunner(
        catalog, work, clock, logs, workRoot, EventSignal.none(), RunLanguage.standard());
  }

  /** A pipeline of these objects, plus the Ec2Resource {@code Box} when one names it. */
  String create(PipelineObject... objects) {
    var all = new java.util.ArrayList<>(List.of(objects));
    boolean named =
        all.stream().flatMap(o -> o.fields().stream()).anyMatch(f -> "Box".equals(f.refValue()));
    if (named && all.stream().noneMatch(o -> o.id().equals("Box"))) {
      all.add(Defs.ec2("Box"));
    }
    return create(Defs.definition(all.toArray(PipelineObject[]::new)));
  }

  String create(PipelineDefinition definition) {
    var id = "df-%020d".formatted(++created);
    catalog.insertOrExisting(
        StoredPipeline.pending(
            id,
            "pipeline-" + created,
            "unique-" + created,
            null,
            List.of(),
            "123456789012",
            clock.now(),
            definition,
            ValidationReport.clean(),
            1));
    return id;
  }

  StoredPipeline pipeline(String id) {
    return catalog.find(id).orElseThrow();
  }

  void activate(String id) {
    var result = runner.activate(pipeline(id), List.of(), null);
    assertThat(result.isOk()).as("activation: %s", result).isTrue();
  }

  /** Activates and runs everything due now. */
  void start(String id) {
    activate(id);
    run();
  }

  /** Delivers every datapipeline event due now, and those they cause, until none is due. */
  void run() {
    for (int i = 0; i < 10_000; i++) {
      var next = nextDue(clock.now());
      if (next.isEmpty()) {
        return;
      }
      var result = deliver(next.get());
      assertThat(result.isOk()).as("delivery of %s", next.get()).isTrue();
    }
    throw new AssertionError("events kept coming");
  }

  /** Delivers the one event due next (it must be there). */
  void step() {
    var next = nextDue(clock.now()).orElseThrow(() -> new AssertionError("nothing is due"));
    assertThat(deliver(next).isOk()).isTrue();
  }

  /** Delivers the one event due next and answers how the consumer took it. */
  Result<Void> stepResult() {
    return deliver(nextDue(clock.now()).orElseThrow());
  }

  /** Moves time forward by {@code by}, delivering events as they fall due on the way. */
  void advance(Duration by) {
    var until = clock.now().plus(by);
    while (true) {
      var next = nextDue(until);
      if (next.isEmpty()) {
        clock.set(until);
        run();
        return;
      }
      clock.set(catalog.events().get(next.get()).due());
      run();
    }
  }

  Optional<Integer> nextDue(Instant limit) {
    var events = catalog.events();
    return IntStream.range(0, events.size())
        .filter(i -> !delivered.contains(i))
        .filter(i -> events.get(i).event().service().equals(PipelineEvents.SERVICE))
        .filter(i -> !events.get(i).due().isAfter(limit))
        .boxed()
        .min(Comparator.comparing((Integer i) -> events.get(i).due()).thenComparing(i -> i));
  }

  /** Delivers one event; it counts as delivered only when the consumer accepted it. */
  Result<Void> deliver(int index) {
    var result = runner.consumer().deliver(outbox(index));
    if (result.isOk()) {
      delivered.add(index);
    }
    return result;
  }

  OutboxEvent outbox(int index) {
    var scheduled = catalog.events().get(index);
    var e = scheduled.event();
    return new OutboxEvent(
        index + 1,
        e.service(),
        e.target(),
        e.type(),
        e.payload(),
        scheduled.due(),
        EventStatus.PENDING,
        1,
        scheduled.due(),
        null);
  }

  List<ScheduledEvent> events(String type) {
    return catalog.events().stream().filter(e -> e.event().type().equals(type)).toList();
  }

  /** The messages committed to topics, in commit order. */
  List<TopicMessage> alarms() {
    return catalog.events().stream()
        .filter(e -> e.event().type().equals(TopicMessage.TYPE))
        .map(e -> TopicMessage.fromJson(e.event().payload()))
        .toList();
  }

  RunObject object(String pipelineId, String objectId) {
    return catalog
        .runObject(pipelineId, objectId)
        .orElseThrow(() -> new AssertionError("no run object " + objectId));
  }

  String status(String pipelineId, String objectId) {
    return object(pipelineId, objectId).status();
  }

  Optional<String> field(String pipelineId, String objectId, String key) {
    return object(pipelineId, objectId).fields().stream()
        .filter(f -> f.key().equals(key))
        .map(f -> f.isRef() ? f.refValue() : f.stringValue())
        .findFirst();
  }

  /** The ids of the current run's objects of {@code component}. */
  List<String> ids(String pipelineId, String component) {
    return ids(pipelineId).stream().filter(i -> i.startsWith("@" + component + "_")).toList();
  }

  List<String> ids(String pipelineId) {
    return runner.runObjects(pipeline(pipelineId)).stream().map(PipelineObject::id).toList();
  }

  String state(String pipelineId) {
    return pipeline(pipelineId).state();
  }
}
