package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.AslParser;
import dev.sluice.asl.Parsed;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.asl.conformance.CaseMatch;
import dev.sluice.core.time.Timers;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Runs the recorded pure cases through the engine's scopes (with time advanced past every wait) and
 * compares outputs, errors and, where AWS recorded one, the sequence of history event types.
 */
class EnginePureConformanceTest {
  private static final String MACHINE = "arn:aws:states:us-east-1:111111111111:stateMachine:case";

  @Test
  void pureCasesEndAndRecordHistoryAsAwsDid() throws Exception {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    VirtualClock clock = new VirtualClock(Instant.now(), 1_000_000, Duration.ZERO);
    CaseMatch match = new CaseMatch("111111111111");
    List<String> failures = new ArrayList<>();
    int total = 0;
    int historyChecked = 0;
    try (Timers timers = new Timers(clock)) {
      Machinery machinery =
          new Machinery(clock, timers, new Answers(null, clock, timers), List.of(), () -> {});
      for (JsonNode entry : CaseFiles.category(directory, "pure")) {
        JsonNode testCase = CaseFiles.testCase(directory, entry);
        String status = testCase.path("expected").path("status").asText();
        if (!status.equals("SUCCEEDED") && !status.equals("FAILED")) {
          continue;
        }
        total++;
        List<HistoryEvent> history = new CopyOnWriteArrayList<>();
        ExecutionRecord ended = run(testCase, machinery, history, clock);
        String problem =
            ended == null
                ? "definition refused"
                : match.verdict(
                    testCase.path("expected"),
                    ended.status().name(),
                    ended.output(),
                    ended.error(),
                    ended.cause());
        if (problem == null && ended != null && comparableHistory(testCase)) {
          historyChecked++;
          problem =
              historyProblem(
                  testCase.path("expected").path("history"),
                  history,
                  testCase
                      .path("definition")
                      .toString()
                      .matches(".*\"Type\":\"(Map|Parallel)\".*"));
        }
        if (problem != null) {
          failures.add(testCase.path("name").asText() + ": " + problem);
        }
      }
    }
    System.out.printf(
        "engine pure conformance: %d cases, %d passed, %d histories compared%n",
        total, total - failures.size(), historyChecked);
    failures.stream().limit(40).forEach(f -> System.out.println("  FAIL " + f));
    assertThat(failures).isEmpty();
  }

  private static ExecutionRecord run(
      JsonNode testCase, Machinery machinery, List<HistoryEvent> history, VirtualClock clock)
      throws Exception {
    Parsed parsed = AslParser.parse(testCase.path("definition"));
    if (!(parsed instanceof Parsed.Valid valid)) {
      return null;
    }
    boolean express = testCase.path("state_machine_type").asText().equals("EXPRESS");
    String input =
        testCase.path("input_omitted").asBoolean() ? "{}" : testCase.path("input").toString();
    ExecutionRecord record =
        new ExecutionRecord(
            (express
                ? MACHINE.replace(":stateMachine:", ":express:") + ":run:x"
                : MACHINE.replace(":stateMachine:", ":execution:") + ":run"),
            MACHINE,
            "run",
            express ? MachineType.EXPRESS : MachineType.STANDARD,
            ExecutionStatus.RUNNING,
            testCase.path("definition").toString(),
            "arn:aws:iam::111111111111:role/case",
            input,
            null,
            null,
            null,
            clock.now(),
            null,
            null,
            null,
            0,
            null,
            null);
    history.add(Events.of(1, 0, clock.now(), "ExecutionStarted", null, null));
    boolean synchronous = testCase.path("start").asText().equals("StartSyncExecution");
    Run run =
        new Run(
            record, valid.machine(), progress -> history.addAll(progress.events()), 1, synchronous);
    Position root = Position.enter(valid.machine().startAt(), Json.read(input), Json.object(), 0);
    run.spawn(
        () -> {
          Outcome outcome = new ScopeRun(machinery, run, valid.machine(), "", root).run();
          var status = outcome.failed() ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED;
          List<HistoryEvent> last = new ArrayList<>(outcome.pending());
          last.add(
              Events.of(
                  run.nextId(),
                  0,
                  clock.now(),
                  outcome.failed() ? "ExecutionFailed" : "ExecutionSucceeded",
                  null,
                  null));
          run.end(
              last,
              record.ended(
                  status,
                  outcome.output() == null ? null : Json.write(outcome.output()),
                  outcome.error(),
                  outcome.cause(),
                  clock.now()),
              List.of());
        });
    return run.ended().get(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  private static boolean comparableHistory(JsonNode testCase) {
    JsonNode expected = testCase.path("expected");
    return expected.has("history") && !expected.path("history_parallel_events_sorted").asBoolean();
  }

  private static String historyProblem(
      JsonNode expected, List<HistoryEvent> actual, boolean concurrent) {
    List<String> wanted = new ArrayList<>();
    expected.forEach(e -> wanted.add(e.path("type").asText()));
    List<String> got = actual.stream().map(HistoryEvent::type).toList();
    if (wanted.equals(got) || concurrent && sameEvents(wanted, got)) {
      return null;
    }
    return "history " + got + " != " + wanted;
  }

  /** Iterations and branches run at once: their events may interleave in another order. */
  private static boolean sameEvents(List<String> wanted, List<String> got) {
    List<String> a = new ArrayList<>(wanted);
    List<String> b = new ArrayList<>(got);
    java.util.Collections.sort(a);
    java.util.Collections.sort(b);
    return a.equals(b);
  }
}
